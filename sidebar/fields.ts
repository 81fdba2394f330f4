/**
 * Labelled form controls bound to one answer each. Every control has a <label> (or a fieldset
 * legend), an id derived from the plan field it edits (so focus survives a re-render), and a
 * message slot under it that errors for that field — from the quick checks or from the server's
 * `field` paths — are written into.
 */
import { h, type Child } from './dom';

export interface FieldBase {
  /** The plan's dotted path (`goals.1.target`): errors from the server name it. */
  field: string;
  label: string;
  hint?: string;
}

export interface Option {
  value: string;
  label: string;
}

/** Stable element ids from field paths; paths are made of letters, digits and dots. */
export function idOf(field: string, suffix = ''): string {
  return `f-${field.replace(/[^A-Za-z0-9]/g, '-')}${suffix}`;
}

function describedBy(base: FieldBase, id: string): string | null {
  return base.hint ? `${id}-hint` : null;
}

function wrap(base: FieldBase, id: string, labelled: Child, control: Child, extra?: Child): HTMLElement {
  return h(
    'div',
    { class: 'field', 'data-field': base.field },
    labelled,
    control,
    base.hint ? h('p', { class: 'hint', id: `${id}-hint` }, base.hint) : null,
    extra,
    h('p', { class: 'error', id: `${id}-err` }),
  );
}

export interface TextOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  /** 'email' is a text box that reads left to right (a list of addresses, comma separated). */
  type?: 'text' | 'url' | 'email' | 'date';
  multiline?: boolean;
  /** Numbers: a text box (so ٠-٩ and ۰-۹ can be typed) that reads left to right. */
  number?: boolean;
  /** The plan's limit, for the record: never set on the box, which would cut a paste without a
   *  word; Next says "Too long" at the field instead (the plan's own check). */
  maxLength?: number;
  placeholder?: string;
  /** Runs when the user leaves the field (for checks that would nag while typing). */
  onBlur?: () => void;
  extra?: Child;
}

export function textField(o: TextOptions): HTMLElement {
  const id = idOf(o.field);
  const attrs = {
    id,
    name: o.field,
    value: o.value,
    // Dates are text boxes: a date picker ignores ٠-٩ / ۰-۹ digits, the plan reads any digits.
    placeholder: o.placeholder ?? (o.type === 'date' ? 'YYYY-MM-DD' : null),
    'aria-describedby': describedBy(o, id),
    inputmode: o.number ? 'decimal' : o.type === 'email' ? 'email' : o.type === 'date' ? 'numeric' : null,
    class: o.number ? 'number' : null,
    autocomplete: 'off',
    // Links read left to right; other text takes the direction of what is typed ("@handle" in an RTL page).
    dir: o.type === 'url' || o.type === 'email' || o.type === 'date' ? 'ltr' : o.number ? null : 'auto',
    oninput: (e: Event) => o.onInput((e.target as HTMLInputElement).value),
    onblur: o.onBlur ? () => o.onBlur?.() : null,
  };
  const control = o.multiline ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: o.type === 'email' || o.type === 'date' ? 'text' : o.type ?? 'text' });
  return wrap(o, id, h('label', { for: id }, o.label), control, o.extra);
}

export interface SelectOptions extends FieldBase {
  value: string;
  options: Option[];
  /** Shown first with an empty value while nothing is chosen. */
  placeholder?: string;
  onChange: (value: string) => void;
}

export function selectField(o: SelectOptions): HTMLElement {
  const id = idOf(o.field);
  const known = o.options.some((opt) => opt.value === o.value);
  const select = h(
    'select',
    {
      id,
      name: o.field,
      'aria-describedby': describedBy(o, id),
      onchange: (e: Event) => o.onChange((e.target as HTMLSelectElement).value),
    },
    o.placeholder !== undefined || !known ? h('option', { value: '', selected: !known }, o.placeholder ?? '') : null,
    o.options.map((opt) => h('option', { value: opt.value, selected: opt.value === o.value }, opt.label)),
  );
  return wrap(o, id, h('label', { for: id }, o.label), select);
}

export interface ChoiceOptions extends FieldBase {
  options: Option[];
  /** Checked values (checkboxes) or the one chosen value (radios). */
  values: string[];
  kind: 'checkbox' | 'radio';
  onChange: (values: string[]) => void;
  column?: boolean;
}

/** A fieldset of checkboxes or radios; its legend is the label, each choice has its own label. */
export function choiceField(o: ChoiceOptions): HTMLElement {
  const id = idOf(o.field);
  const boxes = o.options.map((opt, i) => {
    const boxId = `${id}-${i}`;
    const input = h('input', {
      type: o.kind,
      id: boxId,
      name: o.field,
      value: opt.value,
      checked: o.values.includes(opt.value),
      onchange: () => {
        const checked = Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${o.field}"]`))
          .filter((b) => b.checked)
          .map((b) => b.value);
        o.onChange(checked);
      },
    });
    return h('label', { for: boxId }, input, opt.label);
  });
  const fieldset = h(
    'fieldset',
    {
      id,
      'aria-describedby': describedBy(o, id),
      role: o.kind === 'radio' ? 'radiogroup' : null,
    },
    h('legend', null, o.label),
    h('div', { class: o.column ? 'choices column' : 'choices' }, boxes),
  );
  return wrap(o, id, null, fieldset);
}

/** Splits "a, b; c" or "۰۹:۳۰، ۱۸:۰۰" into its parts (comma, Arabic comma, semicolon, new line). */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n\u060C\u061B]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
