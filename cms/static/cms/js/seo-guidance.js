/**
 * Live guidance for a page's SEO fields, and the search-result preview of the SEO tab.
 *
 * Beside the SEO title and the search description it says how long they are against what
 * search engines show (a warning when too short or too long, never a block), and it keeps
 * the preview (address, title with the site's suffix, description) in step with what the
 * editor types. The limits come from the server (SeoMixin.TITLE_LENGTH, DESCRIPTION_LENGTH)
 * through the panel's data attributes. Registered with the admin's own Stimulus app.
 */
(() => {
  const { Controller } = window.StimulusModule;

  class SeoGuidanceController extends Controller {
    static targets = ["url", "title", "description"];

    static values = {
      titleMin: Number,
      titleMax: Number,
      descriptionMin: Number,
      descriptionMax: Number,
      suffix: String,
      baseUrl: String,
      siteRoot: Boolean,
    };

    connect() {
      this.form = this.element.closest("form");
      this.messages = {
        title: this.messageAfter(this.field("seo_title")),
        description: this.messageAfter(this.field("search_description")),
      };
      this.update = this.update.bind(this);
      this.form.addEventListener("input", this.update);
      this.update();
    }

    disconnect() {
      this.form.removeEventListener("input", this.update);
      Object.values(this.messages).forEach((message) => message && message.remove());
    }

    field(name) {
      return this.form.querySelector(`[name="${name}"]`);
    }

    text(name) {
      const input = this.field(name);
      return input ? input.value.trim().replace(/\s+/g, " ") : "";
    }

    messageAfter(input) {
      if (!input) return null;
      const message = document.createElement("p");
      message.className = "seo-guidance";
      message.setAttribute("aria-live", "polite");
      message.dataset.seoGuidance = input.name;
      input.insertAdjacentElement("afterend", message);
      return message;
    }

    update() {
      const title = this.text("seo_title") || this.text("title");
      const description = this.text("search_description") || this.text("intro");
      this.advise(this.messages.title, title, this.titleMinValue, this.titleMaxValue, {
        fallback: this.text("seo_title") ? "" : "Empty, so the page title is used: ",
        empty: "Empty: give the page a title.",
        short: "Short: search engines may add words of their own.",
        long: "Too long: search engines cut titles after about",
      });
      this.advise(
        this.messages.description,
        description,
        this.descriptionMinValue,
        this.descriptionMaxValue,
        {
          fallback: this.text("search_description") ? "" : "Empty, so the intro is used: ",
          empty: "Empty: the site's default description is used. Write one for this page.",
          short: "Short: give patients a reason to click.",
          long: "Too long: search engines cut descriptions after about",
        },
      );
      const slug = this.text("slug");
      this.urlTarget.textContent =
        this.siteRootValue || !slug ? this.baseUrlValue : `${this.baseUrlValue}${slug}/`;
      this.titleTarget.textContent = this.cut(
        `${title} ${this.suffixValue}`.trim(),
        this.titleMaxValue + this.suffixValue.length + 1,
      );
      this.descriptionTarget.textContent = description
        ? this.cut(description, this.descriptionMaxValue)
        : "The site's default description will be shown.";
    }

    advise(message, text, min, max, words) {
      if (!message) return;
      const length = text.length;
      let advice = `${length} characters: good (${min}–${max}).`;
      let warning = false;
      if (length === 0) {
        advice = words.empty;
        warning = true;
      } else if (length < min) {
        advice = `${length} characters. ${words.short} Aim for ${min}–${max}.`;
        warning = true;
      } else if (length > max) {
        advice = `${length} characters. ${words.long} ${max}.`;
        warning = true;
      }
      message.textContent = length === 0 ? advice : words.fallback + advice;
      message.classList.toggle("seo-guidance--warning", warning);
    }

    cut(text, max) {
      return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
    }
  }

  window.wagtail.app.register("seo-guidance", SeoGuidanceController);
})();
