/**
 * The social networks (and owned channels) a plan can name: their ids, their names in each
 * language, and the content formats each one takes. The one place these live; the wizard,
 * the schema and the generators all read them from here.
 */
import type { Lang } from '../i18n/lang';

export const FORMATS = ['image', 'carousel', 'video', 'short_video', 'story', 'live', 'text', 'article'] as const;
export type Format = (typeof FORMATS)[number];

interface NetworkInfo {
  names: Record<Lang, string>;
  /** Formats the network takes, most usual first (the first is the default in a content plan). */
  formats: readonly Format[];
}

export const NETWORK_INFO = {
  instagram: {
    names: { en: 'Instagram', ar: 'إنستغرام', fa: 'اینستاگرام', he: 'אינסטגרם' },
    formats: ['image', 'carousel', 'short_video', 'story', 'live'],
  },
  facebook: {
    names: { en: 'Facebook', ar: 'فيسبوك', fa: 'فیسبوک', he: 'פייסבוק' },
    formats: ['image', 'text', 'video', 'short_video', 'story', 'live', 'article'],
  },
  x: {
    names: { en: 'X (Twitter)', ar: 'إكس (تويتر)', fa: 'ایکس (توییتر)', he: 'X (טוויטר)' },
    formats: ['text', 'image', 'video', 'live'],
  },
  linkedin: {
    names: { en: 'LinkedIn', ar: 'لينكدإن', fa: 'لینکدین', he: 'לינקדאין' },
    formats: ['text', 'image', 'article', 'carousel', 'video'],
  },
  tiktok: {
    names: { en: 'TikTok', ar: 'تيك توك', fa: 'تیک‌تاک', he: 'טיקטוק' },
    formats: ['short_video', 'live', 'carousel'],
  },
  youtube: {
    names: { en: 'YouTube', ar: 'يوتيوب', fa: 'یوتیوب', he: 'יוטיוב' },
    formats: ['video', 'short_video', 'live'],
  },
  snapchat: {
    names: { en: 'Snapchat', ar: 'سناب شات', fa: 'اسنپ‌چت', he: 'סנאפצ׳ט' },
    formats: ['story', 'short_video', 'image'],
  },
  telegram: {
    names: { en: 'Telegram', ar: 'تيليجرام', fa: 'تلگرام', he: 'טלגרם' },
    formats: ['text', 'image', 'video', 'article'],
  },
  whatsapp: {
    names: { en: 'WhatsApp', ar: 'واتساب', fa: 'واتس‌اپ', he: 'וואטסאפ' },
    formats: ['text', 'image', 'video', 'story'],
  },
  pinterest: {
    names: { en: 'Pinterest', ar: 'بنترست', fa: 'پینترست', he: 'פינטרסט' },
    formats: ['image', 'video'],
  },
  threads: {
    names: { en: 'Threads', ar: 'ثريدز', fa: 'تردز', he: 'Threads' },
    formats: ['text', 'image'],
  },
  aparat: {
    names: { en: 'Aparat', ar: 'آبارات', fa: 'آپارات', he: 'אפארט' },
    formats: ['video', 'live'],
  },
  eitaa: {
    names: { en: 'Eitaa', ar: 'إيتا', fa: 'ایتا', he: 'איתא' },
    formats: ['text', 'image', 'video'],
  },
  rubika: {
    names: { en: 'Rubika', ar: 'روبيكا', fa: 'روبیکا', he: 'רוביקה' },
    formats: ['image', 'video', 'story'],
  },
  bale: {
    names: { en: 'Bale', ar: 'بله', fa: 'بله', he: 'באלה' },
    formats: ['text', 'image', 'video'],
  },
  website: {
    names: { en: 'Website / blog', ar: 'الموقع / المدونة', fa: 'وب‌سایت / وبلاگ', he: 'אתר / בלוג' },
    formats: ['article', 'image', 'video'],
  },
  email: {
    names: { en: 'Email newsletter', ar: 'النشرة البريدية', fa: 'خبرنامه ایمیلی', he: 'ניוזלטר במייל' },
    formats: ['article', 'text', 'image'],
  },
} as const satisfies Record<string, NetworkInfo>;

export type Network = keyof typeof NETWORK_INFO;
export const NETWORKS = Object.keys(NETWORK_INFO) as [Network, ...Network[]];

export function networkName(network: Network, lang: Lang): string {
  return NETWORK_INFO[network].names[lang];
}

export function defaultFormats(network: Network): Format[] {
  return [NETWORK_INFO[network].formats[0]];
}
