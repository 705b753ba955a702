/**
 * The request's body, cut off at `maxBytes`: a larger Content-Length is refused before a byte is
 * read, and a body without one (chunked) is read only until it passes the limit, so no client can
 * make the server buffer more than that. Reading the returned stream fails with `tooLarge()` —
 * the caller's own error, so each API answers 413 in its own format.
 */
export function bodyWithin(req: Request, maxBytes: number, tooLarge: () => Error): ReadableStream<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) {
    return new ReadableStream({ start: (controller) => controller.error(tooLarge()) });
  }
  const source = req.body?.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await source?.read();
      if (!chunk || chunk.done) return controller.close();
      size += chunk.value.byteLength;
      if (size <= maxBytes) return controller.enqueue(chunk.value);
      controller.error(tooLarge());
      await source!.cancel();
    },
    cancel: (reason) => source?.cancel(reason),
  });
}
