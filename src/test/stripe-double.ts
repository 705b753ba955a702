import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A local stand-in for the few Stripe endpoints Fieldnotes calls. The real `stripe` SDK talks
 * to it over HTTP (STRIPE_API_BASE_URL → the SDK's host/port/protocol options), so tests see
 * exactly what the product sent: every request is recorded with its decoded form body and
 * headers. It also plays Stripe's hosted pages: `/checkout/<id>` (a "Start trial" button that
 * completes the session, creates the subscription, delivers signed webhooks and redirects to
 * the success URL) and `/portal/<id>`. Used by the integration tests (in process) and by the
 * e2e run (scripts/test.ts starts one beside `next start`).
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  authorization: string | null;
}

export interface DoublePrice {
  unit_amount: number;
  interval: "month" | "year";
}

export interface Delivery {
  eventId: string;
  type: string;
  status: number;
}

type Json = Record<string, unknown>;
type Subscription = Json & {
  id: string;
  customer: string;
  status: string;
  items: { object: "list"; data: Array<Json & { id: string; quantity: number; price: Json & { id: string } }> };
};

const DAY = 86_400;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_${randomBytes(9).toString("hex")}`;

/** Decodes Stripe's form encoding (`a[b][0][c]=x`) into nested objects and arrays. */
export function decodeStripeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.split(/\[|\]\[|\]/).filter((part) => part !== "");
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[index + 1]!);
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

function stripeError(res: ServerResponse, status: number, message: string, code = "resource_missing") {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { type: "invalid_request_error", code, message } }));
}

function json(res: ServerResponse, body: unknown, status = 200) {
  res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") });
  res.end(JSON.stringify(body));
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });

export async function startStripeDouble(options: {
  prices: Record<string, DoublePrice>;
  /** Where to deliver webhooks the hosted pages cause (the app's /api/stripe/webhook). */
  webhook?: { url: string; secret: string };
  port?: number;
}) {
  const requests: RecordedRequest[] = [];
  const deliveries: Delivery[] = [];
  const customers = new Map<string, Json>();
  const sessions = new Map<string, Json>();
  const subscriptions = new Map<string, Subscription>();
  const invoices: Json[] = [];
  let baseUrl = "";

  function priceOf(id: string) {
    const price = options.prices[id];
    if (!price) return null;
    return {
      id,
      object: "price",
      currency: "usd",
      unit_amount: price.unit_amount,
      recurring: { interval: price.interval, interval_count: 1 },
    };
  }

  function createSubscription(input: {
    customer: string;
    price: string;
    quantity: number;
    trialDays?: number;
    status?: string;
    metadata?: Json;
  }): Subscription {
    const start = nowSeconds();
    const price = priceOf(input.price);
    if (!price) throw new Error(`unknown price ${input.price}`);
    const trialEnd = input.trialDays ? start + input.trialDays * DAY : null;
    const periodEnd = trialEnd ?? start + (price.recurring.interval === "year" ? 365 : 30) * DAY;
    const subscription: Subscription = {
      id: newId("sub"),
      object: "subscription",
      customer: input.customer,
      status: input.status ?? (trialEnd ? "trialing" : "active"),
      cancel_at_period_end: false,
      canceled_at: null,
      ended_at: null,
      created: start,
      trial_start: trialEnd ? start : null,
      trial_end: trialEnd,
      metadata: input.metadata ?? {},
      items: {
        object: "list",
        data: [
          {
            id: newId("si"),
            object: "subscription_item",
            price,
            quantity: input.quantity,
            current_period_start: start,
            current_period_end: periodEnd,
          },
        ],
      },
    };
    subscriptions.set(subscription.id, subscription);
    addInvoice(subscription, trialEnd ? 0 : price.unit_amount * input.quantity, "paid");
    return subscription;
  }

  function addInvoice(subscription: Subscription, amount: number, status: string) {
    const id = newId("in");
    const invoice = {
      id,
      object: "invoice",
      customer: subscription.customer,
      number: `DBL-${String(invoices.length + 1).padStart(4, "0")}`,
      status,
      amount_due: amount,
      amount_paid: status === "paid" ? amount : 0,
      total: amount,
      currency: "usd",
      created: nowSeconds(),
      hosted_invoice_url: `${baseUrl}/invoices/${id}`,
      invoice_pdf: `${baseUrl}/invoices/${id}.pdf`,
      parent: { type: "subscription_details", subscription_details: { subscription: subscription.id } },
    };
    invoices.push(invoice);
    return invoice;
  }

  function eventFor(type: string, object: unknown) {
    return {
      id: newId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
  }

  /** Signs an event the way Stripe does and posts it to the configured webhook URL. */
  async function deliver(type: string, object: unknown) {
    if (!options.webhook) throw new Error("this double has no webhook URL");
    const event = eventFor(type, object);
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhook.secret });
    const response = await fetch(options.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    });
    deliveries.push({ eventId: event.id, type, status: response.status });
    return { event, status: response.status };
  }

  function completeCheckout(sessionId: string) {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`unknown checkout session ${sessionId}`);
    if (session.status === "complete") return session;
    const lineItems = session.line_items as Array<{ price: string; quantity: string }>;
    const subscriptionData = (session.subscription_data ?? {}) as { trial_period_days?: string; metadata?: Json };
    const subscription = createSubscription({
      customer: String(session.customer),
      price: lineItems[0]!.price,
      quantity: Number(lineItems[0]!.quantity),
      trialDays: subscriptionData.trial_period_days ? Number(subscriptionData.trial_period_days) : undefined,
      metadata: subscriptionData.metadata,
    });
    Object.assign(session, { status: "complete", payment_status: "paid", subscription: subscription.id });
    return session;
  }

  const routes: Array<
    [string, RegExp, (req: RecordedRequest, match: RegExpMatchArray, res: ServerResponse) => unknown]
  > = [
    [
      "POST",
      /^\/v1\/customers$/,
      (req, _match, res) => {
        const customer = { metadata: {}, ...req.body, id: newId("cus"), object: "customer", created: nowSeconds() };
        customers.set(customer.id, customer);
        json(res, customer);
      },
    ],
    [
      "POST",
      /^\/v1\/checkout\/sessions$/,
      (req, _match, res) => {
        const id = newId("cs_test");
        const session = {
          ...req.body,
          id,
          object: "checkout.session",
          status: "open",
          payment_status: "unpaid",
          subscription: null,
          url: `${baseUrl}/checkout/${id}`,
        };
        sessions.set(id, session);
        json(res, session);
      },
    ],
    [
      "GET",
      /^\/v1\/checkout\/sessions\/([^/]+)$/,
      (_req, match, res) => {
        const session = sessions.get(match[1]!);
        return session ? json(res, session) : stripeError(res, 404, "No such checkout.session");
      },
    ],
    [
      "POST",
      /^\/v1\/billing_portal\/sessions$/,
      (req, _match, res) => {
        const id = newId("bps");
        json(res, { ...req.body, id, object: "billing_portal.session", url: `${baseUrl}/portal/${id}` });
      },
    ],
    [
      "GET",
      /^\/v1\/subscriptions\/([^/]+)$/,
      (_req, match, res) => {
        const subscription = subscriptions.get(match[1]!);
        return subscription ? json(res, subscription) : stripeError(res, 404, "No such subscription");
      },
    ],
    [
      "POST",
      /^\/v1\/subscriptions\/([^/]+)$/,
      (req, match, res) => {
        const subscription = subscriptions.get(match[1]!);
        if (!subscription) return stripeError(res, 404, "No such subscription");
        const items = (req.body.items ?? []) as Array<{ id?: string; price?: string; quantity?: string }>;
        for (const change of items) {
          const item = subscription.items.data.find((candidate) => candidate.id === change.id);
          if (!item) return stripeError(res, 400, "No such subscription item", "invalid_request");
          if (change.quantity !== undefined) item.quantity = Number(change.quantity);
          if (change.price) {
            const price = priceOf(change.price);
            if (!price) return stripeError(res, 400, "No such price", "resource_missing");
            item.price = price;
          }
        }
        json(res, subscription);
      },
    ],
    [
      "GET",
      /^\/v1\/invoices$/,
      (req, _match, res) => {
        const customer = req.query.customer;
        const limit = Number(req.query.limit ?? 10);
        const data = invoices
          .filter((invoice) => invoice.customer === customer)
          .reverse()
          .slice(0, limit);
        json(res, { object: "list", data, has_more: false, url: "/v1/invoices" });
      },
    ],
    [
      "POST",
      /^\/v1\/invoices\/create_preview$/,
      (req, _match, res) => {
        const subscription = subscriptions.get(String(req.body.subscription));
        if (!subscription) return stripeError(res, 404, "No such subscription");
        const details = (req.body.subscription_details ?? {}) as {
          items?: Array<{ id?: string; price?: string; quantity?: string }>;
          proration_date?: string;
        };
        const item = subscription.items.data[0]!;
        const change = details.items?.[0] ?? {};
        const oldPrice = item.price as unknown as { unit_amount: number };
        const newPrice = priceOf(change.price ?? item.price.id)!;
        const quantity = Number(change.quantity ?? item.quantity);
        const start = Number(item.current_period_start);
        const end = Number(item.current_period_end);
        const at = Number(details.proration_date ?? nowSeconds());
        const remaining = Math.max(0, Math.min(1, (end - at) / Math.max(1, end - start)));
        const proration = Math.round(
          (newPrice.unit_amount * quantity - oldPrice.unit_amount * item.quantity) * remaining,
        );
        const next = newPrice.unit_amount * quantity;
        json(res, {
          object: "invoice",
          id: null,
          customer: subscription.customer,
          currency: "usd",
          amount_due: Math.max(0, proration + next),
          total: proration + next,
          period_end: end,
          next_payment_attempt: end,
          lines: {
            object: "list",
            data: [
              {
                amount: proration,
                description: "Proration",
                parent: { subscription_item_details: { proration: true } },
              },
              {
                amount: next,
                description: `${quantity} × seat`,
                parent: { subscription_item_details: { proration: false } },
              },
            ],
          },
        });
      },
    ],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const text = await readBody(req);
    if (url.pathname.startsWith("/v1/")) {
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: decodeStripeForm(url.search.slice(1)),
        body: decodeStripeForm(text),
        idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
        stripeVersion: (req.headers["stripe-version"] as string | undefined) ?? null,
        authorization: (req.headers.authorization as string | undefined) ?? null,
      };
      requests.push(recorded);
      for (const [method, pattern, handler] of routes) {
        const match = url.pathname.match(pattern);
        if (method === req.method && match) return void handler(recorded, match, res);
      }
      return stripeError(res, 404, `The double does not know ${req.method} ${url.pathname}`, "not_implemented");
    }

    // Stripe's hosted pages, played just well enough for a browser test.
    const checkout = url.pathname.match(/^\/checkout\/([^/]+)(\/complete)?$/);
    if (checkout) {
      const session = sessions.get(checkout[1]!);
      if (!session) return stripeError(res, 404, "No such checkout page");
      if (checkout[2] && req.method === "POST") {
        completeCheckout(session.id as string);
        const subscription = subscriptions.get(session.subscription as string)!;
        await deliver("checkout.session.completed", session);
        await deliver("customer.subscription.created", subscription);
        const success = String(session.success_url).replace("{CHECKOUT_SESSION_ID}", String(session.id));
        res.writeHead(303, { location: success });
        return void res.end();
      }
      const lineItem = (session.line_items as Array<{ price: string; quantity: string }>)[0]!;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(`<!doctype html><html><head><title>Stripe Checkout (test double)</title></head><body>
<h1>Stripe Checkout (test double)</h1>
<p>Price <code>${lineItem.price}</code> × <span data-testid="quantity">${lineItem.quantity}</span></p>
<form method="post" action="/checkout/${session.id as string}/complete"><button type="submit">Start trial</button></form>
<p><a href="${String(session.cancel_url)}">Back</a></p></body></html>`);
    }
    const portal = url.pathname.match(/^\/portal\/([^/]+)$/);
    if (portal) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(`<!doctype html><html><body><h1>Customer portal (test double)</h1></body></html>`);
    }
    if (url.pathname === "/_double/health") return json(res, { ok: true });
    if (url.pathname === "/_double/requests") return json(res, requests);
    if (url.pathname === "/_double/deliveries") return json(res, deliveries);
    return stripeError(res, 404, "Not found");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    deliveries,
    customers,
    sessions,
    subscriptions,
    invoices,
    /** Requests to one endpoint, e.g. `requestsTo("POST", "/v1/customers")`. */
    requestsTo: (method: string, path: string | RegExp) =>
      requests.filter(
        (request) =>
          request.method === method && (typeof path === "string" ? request.path === path : path.test(request.path)),
      ),
    createSubscription,
    completeCheckout,
    /** Changes a subscription as Stripe would after a payment event, a cancellation, etc. */
    updateSubscription(id: string, change: Partial<Json> & { quantity?: number; periodEnd?: number }) {
      const subscription = subscriptions.get(id);
      if (!subscription) throw new Error(`unknown subscription ${id}`);
      const { quantity, periodEnd, ...rest } = change;
      Object.assign(subscription, rest);
      const item = subscription.items.data[0]!;
      if (quantity !== undefined) item.quantity = quantity;
      if (periodEnd !== undefined) item.current_period_end = periodEnd;
      return subscription;
    },
    addInvoice,
    eventFor,
    deliver,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
