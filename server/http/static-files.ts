import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Request, Response } from "restify";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

/** Serves the built tab; unknown paths get 404, paths outside the folder are never read. */
export function staticFiles(directory: string) {
  const root = path.resolve(directory);
  return async (req: Request, res: Response): Promise<void> => {
    const pathname = decodePath(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.resolve(root, `.${pathname === "/" ? "/index.html" : (pathname ?? "/")}`);
    const info = pathname !== null && file.startsWith(root + path.sep) ? await stat(file).catch(() => null) : null;
    if (pathname === null || !info?.isFile()) {
      res.send(404, { error: { code: "NOT_FOUND", message: "No such page." } });
      return;
    }
    const ext = path.extname(file);
    res.writeHead(200, {
      "Content-Type": types[ext] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    });
    createReadStream(file).pipe(res);
  };
}

/** The decoded path, or null for a malformed escape such as `%c0%ae` (no file has that name). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
