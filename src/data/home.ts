/** What the home page shows and in what order, chosen by editors (never sorted by code point).
 *  Targets are locale-neutral paths (the page adds the language prefix). An emergency leads to its
 *  step-by-step help flow (/help/<id>/); `fallback`, the guide section that answers it, is used on a
 *  site without that flow. Every guide belongs to a group (tests/lib/home.test.ts checks it). */
import type { UIKey } from '../i18n';

export interface EmergencyEntry {
  id: string;
  title: UIKey;
  /** The help flow: `/help/<id>/`. */
  target: string;
  /** The guide section that answers it, where the site has no such flow. */
  fallback: string;
}

export interface GuideGroup {
  id: string;
  heading: UIKey;
  /** Guide slugs in reading order. A guide listed in no group still appears, under "More guides". */
  guides: readonly string[];
}

export const EMERGENCIES: readonly EmergencyEntry[] = [
  {
    id: 'deleted-esim',
    title: 'home.emergency.deletedEsim',
    target: '/help/deleted-esim/',
    fallback: '/guides/deleted-esim/#what-to-do-now',
  },
  {
    id: 'lost-phone',
    title: 'home.emergency.lostPhone',
    target: '/help/lost-phone/',
    fallback: '/guides/lost-phone-in-japan/#first-hour',
  },
  {
    id: 'no-signal',
    title: 'home.emergency.noSignal',
    target: '/help/no-signal/',
    fallback: '/guides/esim-no-signal/#which-problem',
  },
  {
    id: 'no-sms-code',
    title: 'home.emergency.noSmsCode',
    target: '/help/no-sms-code/',
    fallback: '/guides/verification-codes-abroad/#why-codes-fail',
  },
];

export const GUIDE_GROUPS: readonly GuideGroup[] = [
  {
    id: 'before-you-go',
    heading: 'home.group.beforeYouGo',
    guides: [
      'pre-trip-backup-checklist',
      'sim-is-not-a-backup',
      'choosing-a-japan-sim',
      'roaming-or-local-sim',
      'where-to-buy-japan-sim',
      'japanese-phone-number',
      'verification-codes-abroad',
      'keep-home-number-abroad',
    ],
  },
  {
    id: 'backup',
    heading: 'home.group.backup',
    guides: ['iphone-icloud-backup', 'android-google-backup', 'chat-history-backup', 'backup-data-usage'],
  },
  {
    id: 'esim',
    heading: 'home.group.esim',
    guides: [
      'what-an-esim-stores',
      'transfer-esim-to-new-phone',
      'carrier-esim-reissue',
      'chinese-android-phones',
      'buying-iphone-in-japan',
    ],
  },
  {
    id: 'trouble',
    heading: 'home.group.trouble',
    guides: [
      'deleted-esim',
      'esim-provider-rules',
      'esim-no-signal',
      'lost-phone-in-japan',
      'lost-only-phone-accounts',
    ],
  },
  { id: 'reference', heading: 'home.group.reference', guides: ['glossary'] },
];
