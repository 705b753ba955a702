import http from "node:http";
import { render } from "@react-email/render";
import { TEMPLATE_PREVIEWS } from "~/modules/notifications/template-previews";
import { EMAIL_TEMPLATES, isEmailTemplateName, type EmailTemplateName } from "~/server/email/templates";

// `npm run email:dev`: every registered email rendered with its PreviewProps, offline, at
// http://localhost:3001 (HTML at /<template>, the text part at /<template>.txt). Run under
// `tsx watch`, so editing a template restarts it; reload the page.
// Why not react-email's own `email dev`: it needs the "@react-email/ui" package at exactly the
// CLI's version, installs it on first run, and that version is not on the registry here.

const PORT = Number(process.argv.find((arg) => arg.startsWith("--port="))?.slice(7) ?? 3001);
const UNSUBSCRIBE_PREVIEW = "http://localhost:3000/email/unsubscribe?token=preview";

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function renderPreview(name: EmailTemplateName) {
  const template = EMAIL_TEMPLATES[name];
  const props = TEMPLATE_PREVIEWS[name] as never;
  const unsubscribeUrl = template.category === "essential" ? undefined : UNSUBSCRIBE_PREVIEW;
  const element = template.render(props, { unsubscribeUrl });
  return { subject: template.subject(props), html: render(element), text: render(element, { plainText: true }) };
}

function indexPage() {
  const rows = (Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[]).map((name) => {
    const { label, category } = EMAIL_TEMPLATES[name];
    const subject = EMAIL_TEMPLATES[name].subject(TEMPLATE_PREVIEWS[name] as never);
    return `<tr><td><a href="/${name}">${escape(name)}</a></td><td>${escape(label)}</td><td>${escape(category)}</td>
      <td>${escape(subject)}</td><td><a href="/${name}.txt">text</a></td></tr>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fieldnotes emails</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body{font:14px system-ui,sans-serif;margin:2rem;color:#0f172a}table{border-collapse:collapse}
    td,th{padding:.4rem .8rem;border-bottom:1px solid #e2e8f0;text-align:left}a{color:#0f766e}</style></head>
    <body><h1>Fieldnotes emails</h1><p>Each template with its preview props (emails/*.tsx).</p>
    <table><tr><th>Template</th><th>Label</th><th>Category</th><th>Subject</th><th></th></tr>${rows.join("")}</table>
    </body></html>`;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://localhost:${PORT}`);
  const [name, part] = url.pathname.slice(1).split(".") as [string, string | undefined];
  const send = (status: number, type: string, body: string) =>
    response.writeHead(status, { "content-type": `${type}; charset=utf-8` }).end(body);
  if (!name) return void send(200, "text/html", indexPage());
  if (!isEmailTemplateName(name)) return void send(404, "text/plain", `No template "${name}". Open / for the list.`);
  const preview = renderPreview(name);
  Promise.all([preview.html, preview.text]).then(
    ([html, text]) =>
      part === "txt" ? send(200, "text/plain", `Subject: ${preview.subject}\n\n${text}`) : send(200, "text/html", html),
    (error: unknown) =>
      send(500, "text/plain", error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
});

server.listen(PORT, "127.0.0.1", () => console.log(`Email previews at http://localhost:${PORT}`));
