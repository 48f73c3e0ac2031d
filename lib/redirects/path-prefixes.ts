/** "/a/b/c" → ["/a/b/c", "/a/b", "/a"]: a renamed document also moves every page below it. */
export function pathPrefixes(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, parts.length - i).join("/")}`);
}
