/** The ids of the key dates: the keys of `keyDates.names` in every message file (the compiler checks). */
import type { KeyDateMessages } from '../../i18n/messages';

export type KeyDateNames = keyof KeyDateMessages['names'];
