/* <appointment-cta>: the practice's call to action, embeddable on any allowed page.
 *
 *   <script src="https://cms.example.com/widgets/cta.js" defer></script>
 *   <appointment-cta placement="article-footer" location="midtown"></appointment-cta>
 *
 * Attributes: placement (required), location (a clinic's slug), path (defaults to this
 * page's path), phone (shown if the API cannot be reached), api (the API's base URL;
 * defaults to /api/v2/ on this script's own origin).
 *
 * Everything renders in a shadow root, so the host page's styles cannot reach it. It
 * never shows an error, a spinner that never ends or an empty box: until the API has
 * answered, and if it does not answer within 4 seconds, the practice's phone number is
 * shown. No dependency; data from the API is only ever set as text, never as HTML.
 */
(() => {
  "use strict";
  if (customElements.get("appointment-cta")) return;
  const script = document.currentScript;
  const ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;
  // Filled in by the server with the practice's main phone number.
  const DEFAULTS = { phone: "" }; // __WIDGET_DEFAULTS__
  const TIMEOUT_MS = 4000;
  const CSS = `
:host{all:initial;display:block;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b2a3a}
*{box-sizing:border-box;font:inherit}
section{border:1px solid #c8d3dc;border-radius:8px;padding:20px;background:#fff}
h2{font-size:1.3em;font-weight:700;margin:0 0 8px}
p{margin:0 0 12px}
.loc{color:#3d4d5c;font-size:.95em}
.actions{display:flex;flex-wrap:wrap;gap:12px}
.btn{display:inline-block;padding:10px 18px;border-radius:6px;border:2px solid #0b5e7a;background:#0b5e7a;color:#fff;font-weight:600;text-decoration:none;cursor:pointer}
.btn.alt{background:#fff;color:#0b5e7a}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #b45309;outline-offset:2px}
form{margin-top:16px;display:grid;gap:12px}
label{display:block;font-weight:600}
input,select,textarea{display:block;width:100%;margin-top:4px;padding:8px;border:1px solid #5a6b7b;border-radius:4px;background:#fff;color:#1b2a3a}
textarea{min-height:5em}
.check{display:flex;gap:8px;align-items:flex-start;font-weight:400}
.check input{width:auto;margin-top:4px}
.err{color:#a3001b;font-size:.9em;margin:4px 0 0}
.err:empty{display:none}
[aria-invalid=true]{border-color:#a3001b;border-width:2px}
.trap{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.status{margin:12px 0 0}
.status:empty{display:none}`;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === false || value == null) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    node.append(...children.filter(Boolean));
    return node;
  };

  async function fetchJSON(url, options = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(url, { ...options, signal: controller.signal });
      let data = null;
      try { data = await response.json(); } catch (error) { /* not JSON */ }
      return { status: response.status, data };
    } finally {
      clearTimeout(timer);
    }
  }

  const CONTACT = [["phone", "Phone"], ["email", "Email"]];
  const TIMES = [["any", "Any time"], ["morning", "Morning"], ["afternoon", "Afternoon"]];
  let uid = 0;

  class AppointmentCta extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.id_ = "a" + ++uid;
      this.root = this.attachShadow({ mode: "open" });
      this.root.append(el("style", { text: CSS }));
      this.box = el("section", { "aria-labelledby": this.id_ + "h" });
      this.status = el("p", { class: "status", role: "status", "aria-live": "polite" });
      this.root.append(this.box);
      this.renderFallback();
      this.load();
    }

    api(path) {
      const base = this.getAttribute("api") || this.dataset.api || ORIGIN + "/api/v2/";
      return new URL(path, base.replace(/\/?$/, "/")).href;
    }

    phone() {
      return (this.cta && this.cta.location && this.cta.location.phone) ||
        this.getAttribute("phone") || DEFAULTS.phone;
    }

    tel() {
      const loc = this.cta && this.cta.location;
      const digits = this.phone().replace(/[^\d+]/g, "");
      return (loc && loc.tel) || "tel:" + (/^\d{10}$/.test(digits) ? "+1" : "") + digits;
    }

    callLink(label) {
      return this.phone() ? el("a", { class: "btn", href: this.tel(), text: label + this.phone() }) : null;
    }

    // Shown at once, and kept if the API does not answer: never an empty box.
    renderFallback() {
      this.box.replaceChildren(
        el("h2", { id: this.id_ + "h", text: "Schedule your consultation" }),
        el("p", { text: "Call us to book an appointment." }),
        el("div", { class: "actions" }, this.callLink("Call ")),
      );
    }

    async load() {
      const params = new URLSearchParams({ placement: this.getAttribute("placement") || "" });
      if (this.getAttribute("location")) params.set("location", this.getAttribute("location"));
      params.set("path", this.getAttribute("path") || location.pathname);
      try {
        const { status, data } = await fetchJSON(this.api("cta/?" + params));
        if (status === 200 && data && data.primary) {
          this.cta = data;
          this.render();
        }
      } catch (error) { /* unreachable or slow: the phone number stays */ }
    }

    render() {
      const cta = this.cta, loc = cta.location;
      const actions = [cta.primary, cta.secondary].filter(Boolean).map((action, index) => {
        const cls = index ? "btn alt" : "btn";
        if (action.kind === "request") {
          return el("button", { type: "button", class: cls, text: action.label, onclick: (event) => this.openForm(event.currentTarget) });
        }
        if (!action.url) return null;
        const external = action.kind === "book";
        return el("a", { class: cls, href: action.url, text: action.label, target: external && "_blank", rel: external && "noopener" });
      });
      let where = null;
      if (loc) {
        const today = (loc.hours_today || []).map((p) => p.opens + "–" + p.closes).join(", ");
        where = el("p", { class: "loc", text: `${loc.name}: ${loc.open_now ? "open now" : "closed now"}${today ? " (today " + today + ")" : ""}. ${loc.phone}` });
      }
      this.box.replaceChildren(
        el("h2", { id: this.id_ + "h", text: cta.heading }),
        cta.text && el("p", { text: cta.text }),
        where,
        el("div", { class: "actions" }, ...actions),
        this.status,
      );
    }

    field(name, label, control, hint) {
      const id = this.id_ + name;
      control.id = id;
      control.name = name;
      control.setAttribute("aria-describedby", id + "e");
      const error = el("p", { class: "err", id: id + "e" });
      this.errors[name] = [control, error];
      return el("div", {}, el("label", { for: id, text: label }), hint, control, error);
    }

    select(options) {
      return el("select", {}, ...options.map(([value, label]) => el("option", { value, text: label })));
    }

    async openForm(opener) {
      if (this.form) return this.form.elements[0].focus();
      this.opener = opener;
      this.errors = {};
      this.opened = performance.now();
      let clinic = null;
      const slug = this.getAttribute("location") || (this.cta.location && this.cta.location.slug);
      if (!slug) {
        try {
          const { data } = await fetchJSON(this.api("locations/"));
          clinic = this.field("location", "Clinic", this.select(data.items.map((c) => [c.slug, c.name])));
        } catch (error) {
          this.status.textContent = `We could not load our clinics. Please call us at ${this.phone()}.`;
          return;
        }
      }
      const consent = el("input", { type: "checkbox", id: this.id_ + "consent", name: "consent", "aria-describedby": this.id_ + "consente" });
      const consentError = el("p", { class: "err", id: this.id_ + "consente" });
      this.errors.consent = [consent, consentError];
      const general = el("p", { class: "err", role: "alert" });
      this.errors.non_field_errors = [null, general];
      this.form = el(
        "form",
        { novalidate: true, "aria-labelledby": this.id_ + "f", onsubmit: (event) => this.submit(event, slug), onkeydown: (event) => event.key === "Escape" && this.closeForm() },
        el("h3", { id: this.id_ + "f", text: "Request an appointment" }),
        el("p", { text: "We will contact you to find a time. Fields marked * are required." }),
        clinic,
        this.field("name", "Your name *", el("input", { autocomplete: "name", required: true, maxlength: 100 })),
        this.field("phone", "Phone *", el("input", { type: "tel", autocomplete: "tel", required: true, maxlength: 30 })),
        this.field("email", "Email", el("input", { type: "email", autocomplete: "email", maxlength: 254 })),
        this.field("preferred_contact", "How should we contact you?", this.select(CONTACT)),
        this.field("preferred_time", "When is best?", this.select(TIMES)),
        this.field("message", "Anything we should know? (optional, 500 characters at most)", el("textarea", { maxlength: 500 })),
        el("div", { class: "trap", "aria-hidden": "true" }, el("label", { text: "Leave empty", for: this.id_ + "w" }), el("input", { id: this.id_ + "w", name: "website", tabindex: "-1", autocomplete: "off" })),
        el("div", {}, el("label", { class: "check" }, consent, "I agree to be contacted about an appointment. *"), consentError),
        general,
        el("div", { class: "actions" },
          el("button", { type: "submit", class: "btn", text: "Send request" }),
          el("button", { type: "button", class: "btn alt", text: "Cancel", onclick: () => this.closeForm() })),
      );
      this.status.textContent = "";
      this.box.insertBefore(this.form, this.status);
      this.form.elements[0].focus();
    }

    closeForm() {
      this.form.remove();
      this.form = null;
      if (this.opener) this.opener.focus();
    }

    async submit(event, slug) {
      event.preventDefault();
      const form = this.form, values = Object.fromEntries(new FormData(form));
      const body = {
        location: slug || values.location,
        name: values.name.trim(),
        phone: values.phone.trim(),
        email: values.email.trim(),
        preferred_contact: values.preferred_contact,
        preferred_time: values.preferred_time,
        message: values.message.trim(),
        consent: form.elements.consent.checked,
        source_path: location.pathname,
        website: values.website,
      };
      const text = JSON.stringify(body);
      if (text !== this.sent) {
        this.sent = text;
        this.key = crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now();
      }
      body.fill_seconds = Math.round((performance.now() - this.opened) / 100) / 10;
      for (const [control, error] of Object.values(this.errors)) {
        if (control) control.removeAttribute("aria-invalid");
        error.textContent = "";
      }
      const button = form.querySelector("[type=submit]");
      button.disabled = true;
      this.status.textContent = "Sending your request…";
      let result = { status: 0, data: null };
      try {
        result = await fetchJSON(this.api("appointment-requests/"), {
          method: "POST",
          headers: { "Content-Type": "application/json", "Idempotency-Key": this.key },
          body: JSON.stringify(body),
        });
      } catch (error) { /* shown below */ }
      button.disabled = false;
      const { status, data } = result;
      if (status === 201) {
        form.remove();
        this.form = null;
        this.status.setAttribute("tabindex", "-1");
        this.status.textContent = `Thank you. We received your request (reference ${data.reference}) and will contact you soon.`;
        this.status.focus();
      } else if (status === 400 && data && data.errors) {
        this.status.textContent = "Please correct the fields marked below.";
        let first = null;
        for (const [name, messages] of Object.entries(data.errors)) {
          const [control, error] = this.errors[name] || this.errors.non_field_errors;
          error.textContent = [].concat(messages).join(" ");
          if (control) {
            control.setAttribute("aria-invalid", "true");
            first = first || control;
          }
        }
        (first || form.elements[0]).focus();
      } else {
        const why = status === 429 ? "Too many requests were sent from here." : "We could not send your request.";
        this.status.textContent = `${why} Please call us at ${this.phone()}.`;
      }
    }
  }

  customElements.define("appointment-cta", AppointmentCta);
})();
