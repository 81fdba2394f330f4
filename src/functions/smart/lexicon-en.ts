/** English SMART vocabulary. Also read inside Arabic, Persian and Hebrew goals (brand names, "CTR"). */
import type { Lexicon } from './lexicon';

/** A function, not a constant: built only when SMART_CHECK first runs, not on every load of Code.js. */
export const en = (): Lexicon => ({
  prefix: '',
  suffix: '(?:e?s)?',
  channels: [
    'insta(?:gram)?', 'ig', 'tik ?tok', 'snap(?:chat)?', 'telegram', 'linked ?in', 'x ?/ ?twitter', 'twitter', '(?:on|via) x',
    'facebook', 'fb', 'you ?tube', 'yt', 'pinterest', 'whats ?app', 'aparat', 'eitaa', 'rubika', 'threads', 'reddit', 'discord',
    'web ?site', 'site', 'landing page', 'blog', 'online (?:store|shop)', 'shop', 'ads?', 'advertising', 'adwords', 'ppc', 'seo',
    'google', 'meta', 'sponsored', 'paid social', 'e-?mail', 'newsletter', 'mailing list', 'podcast', 'sms', 'app store',
  ],
  metrics: [
    'followers?', 'fans?', 'subscribers?', 'likes?', 'comments?', 'shares?', 'saves?', 'reach', 'impressions?', 'views?', 'viewers?',
    'clicks?', 'ctr', 'click-?through(?: rate)?', 'leads?', 'sales?', 'orders?', 'purchases?', 'revenue', 'conversions?',
    'conversion rate', 'traffic', 'visits?', 'visitors?', 'sign-? ?ups?', 'registrations?', 'downloads?', 'installs?', 'messages?',
    'dms?', 'inquir(?:y|ies)', 'enquir(?:y|ies)', 'mentions?', 'engagement(?: rate)?', 'interactions?', 'roi', 'members?',
    'customers?', 'sell(?:ing)?', 'bookings?', 'calls?', 'retweets?', 'watch time', 'open rate', 'response (?:time|rate)', 'reviews?', 'ratings?',
  ],
  content: [
    'posts?', 'posting', 'photos?', 'pictures?', 'images?', 'videos?', 'reels?', 'stor(?:y|ies)', 'articles?', 'tweets?',
    'episodes?', 'lives?', 'live streams?', 'carousels?', 'pins?', 'shorts', 'campaigns?', 'times', 'emails?', 'newsletters?',
  ],
  objectives: [
    'awareness', 'brand', 'visibility', 'recognition', 'engagement', 'community', 'traffic', 'leads?', 'sales?', 'revenue', 'profit',
    'conversions?', 'loyalty', 'retention', 'repeat customers?', 'customer (?:service|support|care)', 'support', 'satisfaction',
    'recruit(?:ment|ing)?', 'hiring', 'talent', 'roi', 'reputation', 'market share', 'trust', 'company culture',
  ],
  purpose: [
    'in order to', 'so that', 'so as to', 'aim(?:ed|ing)? (?:at|to)', 'with the (?:aim|goal) of', 'for the purpose of',
  ],
  purposeVerbs: [
    'to (?:increase|grow|boost|build|drive|raise|attract|recruit|hire|sell|promote|improve|generate|strengthen|show(?:case)?|keep|retain|win|support|bring|convert|engage|educate|launch|expand|reduce|create|spread|get)',
  ],
  absolutes: [
    'every ?(?:one|body)', '(?:all|every) (?:the )?(?:people|persons?|humans?|users?|consumers?|internet users?|iranians?|israelis?|arabs?)',
    '(?:the )?(?:whole|entire) (?:world|planet|internet|country|market)', 'all over the world', '(?:number one|no\\.? ?1|#1) in the world',
    '100 ?% of', 'viral', 'overnight',
  ],
  quantities: [
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'fifty', 'hundred',
    'dozens?', 'half',
  ],
  growth: ['increas(?:e|ing)', 'grow(?:th|ing)?', 'boost', 'raise', 'rise', 'lift', 'up by', 'improve'],
  numbers: ['', 'a|an|one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  thousand: 'thousands?',
  million: 'millions?',
  percent: 'percent|per cent|pct',
  multiples: [[2, ['doubl(?:e|ing)', 'twice']], [3, ['tripl(?:e|ing)']], [4, ['quadrupl(?:e|ing)']]],
  times: ['# ?(?:x|×)(?! ?(?:a|per|each|every|/) ?(?:day|week|month))', '(?:x|×) ?#', '# times (?:more|as many|bigger)'],
  fromTo: ['from # (?:[^ ]+ ){0,3}?to #'],
  cadences: ['(?<!(?:in|within|over|for|during|under|inside|after) )(?:a|an|per|each|every) (?:days?|weeks?|months?|quarters?|years?)'],
  units: {
    day: ['days?'],
    week: ['weeks?', 'fortnights?'],
    month: ['months?'],
    quarter: ['quarters?'],
    year: ['years?'],
  },
  clock: ['hours?', 'hrs?', 'minutes?', 'mins?'],
  months: [
    'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'june', 'jun', 'july', 'jul', 'august', 'aug',
    'september', 'sept?', 'october', 'oct', 'november', 'nov', 'december', 'dec', '(?:in|by|until|till|before|end of|mid|early|late) may',
    'may \\d{1,2}', '\\d{1,2}(?:st|nd|rd|th)? (?:of )?may',
  ],
  moments: [
    'daily', 'weekly', 'bi-?weekly', 'monthly', 'quarterly', 'yearly', 'annually', 'weekends?', 'today', 'tomorrow', 'tonight',
    'spring', 'summer', 'autumn', 'winter', '(?:this|next|by|in|the) fall', 'christmas', 'black friday', 'cyber monday',
    'ramadan', 'eid', 'new year', 'valentine', 'back to school', 'nowruz', 'passover', 'hanukkah', 'deadline',
    '(?:by|until|till|before) \\d{1,2}[./]\\d{1,2}',
  ],
});
