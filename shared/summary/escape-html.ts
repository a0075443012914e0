const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The one escaping function of the HTML summary: every piece of user text goes through it, in element content
 * and in attribute values alike. A note reading `<script>alert(1)</script>` prints as those characters.
 * Control characters other than tab and newline are dropped (they are invalid in HTML and in XML/SVG).
 */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}
