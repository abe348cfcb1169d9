// The fake browser (wxt/testing/fake-browser) has no i18n of its own: every unit test starts
// with the real English messages from locales/en.yml, as in a browser set to English.
import { useLocale } from '../locale-messages';

await useLocale('en');
