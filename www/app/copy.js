// The summary as plain text and as Markdown (entities in bold), and the clipboard.

/** One summary sentence per line. */
export function plainText(text, result) {
  return result.sentences.map((s) => text.slice(s.start, s.end).trim()).join("\n");
}

const escapeMd = (s) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

/**
 * "# Title" (when known), then one "- " item per sentence, entity mentions in **bold**,
 * then a link to the source when the article came from a web address.
 */
export function markdown(text, result, marks, url = null) {
  const lines = [];
  if (result.title) lines.push(`# ${escapeMd(result.title)}`, "");
  for (const s of result.sentences) {
    let out = "";
    let pos = s.start;
    for (const m of marks) {
      if (m.end <= s.start || m.start >= s.end) continue;
      const a = Math.max(m.start, s.start);
      const b = Math.min(m.end, s.end);
      out += escapeMd(text.slice(pos, a)) + `**${escapeMd(text.slice(a, b))}**`;
      pos = b;
    }
    out += escapeMd(text.slice(pos, s.end));
    lines.push(`- ${out.trim()}`);
  }
  if (url) lines.push("", `Source: <${url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return lines.join("\n") + "\n";
}

/** Writes to the clipboard; falls back to a hidden textarea where the API is missing. */
export async function copy(string) {
  try {
    await navigator.clipboard.writeText(string);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = string;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}
