/** What the home page shows and in what order, chosen by editors (never sorted by code point).
 *  Targets are locale-neutral paths (the page adds the language prefix). When the step-by-step help
 *  flows exist (/help/deleted-esim/ …), point the emergency targets at them. */
import type { UIKey } from '../i18n';

export interface EmergencyEntry {
  id: string;
  title: UIKey;
  target: string;
}

export interface GuideGroup {
  id: string;
  heading: UIKey;
  /** Guide slugs in reading order. A guide listed in no group still appears, under "More guides". */
  guides: readonly string[];
}

export const EMERGENCIES: readonly EmergencyEntry[] = [
  { id: 'deleted-esim', title: 'home.emergency.deletedEsim', target: '/guides/deleted-esim/#what-to-do-now' },
  { id: 'lost-phone', title: 'home.emergency.lostPhone', target: '/guides/lost-phone-in-japan/#first-hour' },
  // Until a guide on eSIM signal problems exists: making the travel eSIM the data line is the usual fix.
  { id: 'no-signal', title: 'home.emergency.noSignal', target: '/guides/verification-codes-abroad/#dual-sim-settings' },
  { id: 'no-sms-code', title: 'home.emergency.noSmsCode', target: '/guides/verification-codes-abroad/#why-codes-fail' },
];

export const GUIDE_GROUPS: readonly GuideGroup[] = [
  {
    id: 'before-you-go',
    heading: 'home.group.beforeYouGo',
    guides: ['pre-trip-backup-checklist', 'sim-is-not-a-backup', 'choosing-a-japan-sim', 'verification-codes-abroad'],
  },
  {
    id: 'backup',
    heading: 'home.group.backup',
    guides: ['iphone-icloud-backup', 'android-google-backup', 'chat-history-backup', 'backup-data-usage'],
  },
  {
    id: 'esim',
    heading: 'home.group.esim',
    guides: ['what-an-esim-stores', 'transfer-esim-to-new-phone', 'carrier-esim-reissue'],
  },
  { id: 'trouble', heading: 'home.group.trouble', guides: ['deleted-esim', 'lost-phone-in-japan'] },
  { id: 'reference', heading: 'home.group.reference', guides: ['glossary'] },
];
