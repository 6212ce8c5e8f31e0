/**
 * Lantern's UI strings (src/i18n/) are injected into Starlight's translation system, so
 * `Astro.locals.t()` knows their keys.
 */
declare namespace StarlightApp {
  type LanternUiStrings = import('./lib/i18n/strings').UiStrings;
  interface I18n extends LanternUiStrings {}
}
