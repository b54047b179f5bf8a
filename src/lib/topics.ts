/** The fixed topic list. Schemas import TOPIC_IDS, so an unknown topic in frontmatter fails the build. */
import type { Locale } from './i18n';

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

interface TopicText {
  name: string;
  description: string;
}

// Typed as a full Record: a topic without a name in one language is a type error.
const TOPICS: Record<TopicId, Record<Locale, TopicText>> = {
  esim: {
    'zh-CN': { name: 'eSIM', description: 'eSIM 是什么、存了什么，怎样安装、转移和避免误删。' },
    en: { name: 'eSIM', description: 'What an eSIM is and holds, and how to install, move and keep it.' },
  },
  'data-sim': {
    'zh-CN': { name: '流量卡与上网卡', description: '日本数据卡、旅行 eSIM 和随身 Wi-Fi 怎么选、怎么用。' },
    en: { name: 'Data SIMs', description: 'Choosing and using a Japan data SIM, travel eSIM or pocket Wi-Fi.' },
  },
  backup: {
    'zh-CN': { name: '备份', description: '真正保存照片、联系人和聊天记录的地方，以及怎样备份。' },
    en: { name: 'Backup', description: 'Where your photos, contacts and chats really live, and how to back them up.' },
  },
  iphone: {
    'zh-CN': { name: 'iPhone', description: 'iCloud 备份、eSIM 快速转移和 iPhone 的相关设置。' },
    en: { name: 'iPhone', description: 'iCloud Backup, eSIM Quick Transfer and the iPhone settings that matter.' },
  },
  android: {
    'zh-CN': { name: '安卓', description: '谷歌账号备份、Google 相册和安卓手机的 eSIM。' },
    en: { name: 'Android', description: 'Google account backup, Google Photos and eSIMs on Android phones.' },
  },
  'chat-apps': {
    'zh-CN': { name: '聊天软件', description: '微信、LINE、WhatsApp 的聊天记录怎样备份和换机。' },
    en: { name: 'Chat apps', description: 'Backing up and moving WeChat, LINE and WhatsApp chat history.' },
  },
  'lost-phone': {
    'zh-CN': { name: '手机丢失', description: '在日本丢了手机或 eSIM 后，先做什么、再做什么。' },
    en: { name: 'Lost phone', description: 'What to do first, and next, when a phone or eSIM is lost in Japan.' },
  },
  'before-you-go': {
    'zh-CN': { name: '出发前', description: '飞日本之前该备份、设置和记下的东西。' },
    en: { name: 'Before you go', description: 'What to back up, set up and write down before flying to Japan.' },
  },
  carriers: {
    'zh-CN': { name: '日本运营商', description: 'docomo、au、软银、乐天及其子品牌的规则与费用。' },
    en: {
      name: 'Japanese carriers',
      description: 'docomo, au, SoftBank, Rakuten Mobile and their brands: rules and fees.',
    },
  },
};

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

export function topicName(id: TopicId, locale: Locale): string {
  return TOPICS[id][locale].name;
}

export function topicDescription(id: TopicId, locale: Locale): string {
  return TOPICS[id][locale].description;
}
