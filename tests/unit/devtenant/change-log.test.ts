import assert from 'node:assert/strict';
import { ChangeLog } from '../../../devtenant/state/change-log.js';

describe('ChangeLog', () => {
  it('reports the net change per user within a sequence window, in order of last change', () => {
    const log = new ChangeLog();
    log.append(10, 'added');
    const afterFirst = log.currentSeq;
    log.append(11, 'added');
    log.append(10, 'updated');
    log.append(11, 'deleted');
    assert.deepEqual(log.netChanges(0, log.currentSeq).map((e) => [e.index, e.kind]), [[10, 'updated'], [11, 'deleted']]);
    assert.deepEqual(log.netChanges(afterFirst, afterFirst + 1).map((e) => [e.index, e.kind]), [[11, 'added']]);
    assert.deepEqual(log.netChanges(log.currentSeq, log.currentSeq), []);
  });
});
