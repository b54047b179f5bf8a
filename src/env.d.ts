/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the MDX being rendered, read by MDX components for their labels. */
    contentLocale?: import('./i18n/locales').Locale;
  }
}
