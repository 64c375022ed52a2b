// Why a tus creation's Upload-Metadata file name is refused, or null when it is fine. A
// browser's File.name never holds a path, a control character or a bidi override; a name
// that does was made by hand to travel somewhere (../../etc/passwd, C:\…, a NUL or CR/LF to
// cut a header), so it is refused outright rather than quietly cleaned.
const PATH = /[\\/]|^[a-z]:/i;
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function uploadNameProblem(metadataHeader: string | null): string | null {
  for (const pair of (metadataHeader ?? "").split(",")) {
    const [key, value] = pair.trim().split(" ");
    if (key !== "filename" && key !== "name") continue;
    let name: string;
    try {
      name = strictUtf8.decode(Buffer.from(value ?? "", "base64"));
    } catch {
      return "The file name is not valid UTF-8.";
    }
    if (PATH.test(name) || name === "." || name === "..") return "The file name must be a name, not a path (no / or \\).";
    if (CONTROL.test(name)) return "The file name must not contain control or text-direction characters.";
  }
  return null;
}
