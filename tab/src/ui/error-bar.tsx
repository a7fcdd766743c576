import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { errorMessage, isApiError } from "../api/index.js";

/** Props of {@link ErrorBar}. */
export interface ErrorBarProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  retryLabel?: string;
}

/** Shows a failure in the server's own words, with its code for support and an optional retry. */
export function ErrorBar({ error, title, onRetry, retryLabel = "Try again" }: ErrorBarProps) {
  const code = isApiError(error) ? error.code : undefined;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {errorMessage(error)}
        {code ? <Text size={200}> ({code})</Text> : null}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
