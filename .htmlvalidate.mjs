// html-validate's configuration for the valid-HTML gate (tests/site/gates.test.ts), which
// validates every page in dist/. It starts from the strictest presets and turns off or relaxes only
// what is listed below, each with the reason. Keep it that way: a rule is never switched off to
// hide a fault in Lantern's own markup.
import { Rule } from 'html-validate';

/**
 * Replaces `no-implicit-button-type` where it matters: a `<button>` without `type` inside a form
 * submits that form, which in a checklist or self-assessment would reload the page and lose what
 * the user typed.
 */
class FormButtonType extends Rule {
  documentation() {
    return {
      description:
        'A <button> inside a <form> must say type="button" or type="submit": without a type it submits the form.',
    };
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const button of document.querySelectorAll('form button')) {
        if (!button.hasAttribute('type')) {
          this.report(button, '<button> inside a <form> needs type="button" or type="submit"');
        }
      }
    });
  }
}

export default {
  plugins: [{ name: 'lantern', rules: { 'lantern/form-button-type': FormButtonType } }],
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    'lantern/form-button-type': 'error',

    // Starlight's own buttons (search, menu, theme) sit outside any form, where a missing `type`
    // changes nothing; Lantern's buttons inside forms are held by lantern/form-button-type above.
    'no-implicit-button-type': 'off',

    // Astro writes void elements as `<meta … />`; both spellings are valid HTML and the output
    // comes from Astro's renderer, not from Lantern's markup.
    'void-style': 'off',

    // Starlight and Expressive Code set CSS custom properties in style attributes
    // (`--sl-icon-size`, `--depth`). Valid HTML; no content-security policy forbids it.
    'no-inline-style': 'off',

    // Starlight renders its table of contents twice, a `<nav>` for narrow screens and one for wide
    // screens, both named "On this page", and CSS shows only one of them. html-validate cannot see
    // the CSS; axe-core, which checks the rendered page in the browser gate, sees one landmark.
    'unique-landmark': 'off',

    // Starlight's `#_top` anchor (the skip link's target) starts with an underscore: valid in
    // HTML5, which is all `relaxed` mode checks (otherwise the rule enforces a naming style).
    'valid-id': ['error', { relaxed: true }],

    // Starlight places the table of contents, headed by an <h2>, before the page's <h1> in source
    // order. Allow the first heading to be an <h2>; skipped levels are still errors.
    'heading-level': ['error', { minInitialRank: 'h2' }],

    // Titles carry the full name of a principle, standard or module, which readers need in tabs,
    // bookmarks and history; search engines shorten what they display, which costs nothing.
    'long-title': 'off',

    // Subresource integrity protects files fetched from other origins. Lantern loads nothing from
    // another origin (the privacy gate enforces it), and its own files carry content hashes.
    'require-sri': 'off',
  },
};
