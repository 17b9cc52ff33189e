import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host would: files only, 404 for anything else.
 * `basePath` ("/digest/") publishes the folder under a path, as a site url with a path is.
 */
export async function serveStatic(root: string, basePath = '/'): Promise<StaticServer> {
  const serve = sirv(root, { dev: true, etag: false });
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.end('Not found');
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(basePath)) return notFound(response);
    request.url = `/${url.slice(basePath.length)}`;
    serve(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
