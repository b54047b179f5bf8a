/** The fixed topic list. Schemas import TOPIC_IDS, so an unknown topic in frontmatter fails the build.
 *  Names and descriptions live in the dictionaries (`topic.<id>.name`, `topic.<id>.description`). */
import { t, type UIKey } from '../i18n';
import type { Locale } from '../i18n/locales';

export const TOPIC_IDS = [
  'esim',
  'data-sim',
  'backup',
  'iphone',
  'android',
  'chat-apps',
  'lost-phone',
  'before-you-go',
  'carriers',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

// A topic without a name or description in the dictionaries is a type error here.
type TopicKey = `topic.${TopicId}.${'name' | 'description'}`;
const topicKey = (id: TopicId, field: 'name' | 'description'): TopicKey & UIKey => `topic.${id}.${field}`;

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

export function topicName(id: TopicId, locale: Locale): string {
  return t(locale, topicKey(id, 'name'));
}

export function topicDescription(id: TopicId, locale: Locale): string {
  return t(locale, topicKey(id, 'description'));
}
