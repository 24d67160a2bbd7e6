import { decodeTextBytes } from '@/utils/decode-text';

/**
 * Reads a chosen file as text in whatever encoding an editor saved it (UTF-8, UTF-16 from Notepad's
 * "Unicode", Windows-1252), without reading a file far too large for its purpose at all (`text` is
 * then null). Resets the input so choosing the same file again still fires.
 */
export async function takeFile(input: HTMLInputElement, maxBytes: number): Promise<{ name: string; text: string | null } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  // UTF-16 doubles the bytes of the same text.
  if (file.size > maxBytes * 2 + 2) return { name: file.name, text: null };
  return { name: file.name, text: decodeTextBytes(new Uint8Array(await file.arrayBuffer())).text };
}
