/**
 * The Reminders dialog's HTML (pure): state, hour, recipients, cadences, switch on / off. Small
 * on purpose: one form, its own inline script calling enableReminders / disableReminders through
 * google.script.run, every server value escaped (HTML) or embedded as JSON that cannot end the
 * script tag. The edge shows it with HtmlService in a modal dialog.
 */
import { fill } from '../i18n/format';
import { isolate, localDigits, say } from '../i18n/say';
import { isRightToLeft, type Lang } from '../i18n/lang';
import { reminderMessages } from '../i18n/messages';
import { escapeHtml } from './html';
import type { Cadences } from './types';

export interface DialogModel {
  lang: Lang;
  enabled: boolean;
  hasPlan: boolean;
  needsAuthorization: boolean;
  hour: number;
  recipients: string[];
  timeZone: string;
  cadences: Cadences;
}

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function statusLine(model: DialogModel): string {
  const m = reminderMessages[model.lang];
  if (!model.hasPlan) return m.noPlan;
  if (model.enabled && model.needsAuthorization) return m.statusNeedsAuth;
  if (!model.enabled) return m.statusOff;
  // Each address isolated on its own (say isolates whole values): "إلى noura@…، sara@…" keeps its commas.
  const hour = localDigits(String(model.hour).padStart(2, '0'), model.lang);
  const recipients = model.recipients.map((r) => isolate(r, model.lang)).join(m.listJoin);
  return fill(m.statusOn, { hour, timeZone: isolate(model.timeZone, model.lang), recipients }) + reviewsLine(model);
}

/** The review cadences beside the daily mail ("KPIs every month, account audit every 3 months"), so neither is mistaken for the other. */
function reviewsLine(model: DialogModel): string {
  const m = reminderMessages[model.lang];
  const c = model.cadences;
  const reviews = [
    c.kpi === 'weekly' ? m.reviewKpiWeekly : c.kpi === 'monthly' ? m.reviewKpiMonthly : '',
    c.auditMonths > 0 ? say(m.reviewAuditEvery, { n: c.auditMonths }, model.lang) : '',
    c.strategyMonths > 0 ? say(m.reviewStrategyEvery, { n: c.strategyMonths }, model.lang) : '',
  ].filter(Boolean);
  return reviews.length ? fill(m.statusReviews, { reviews: reviews.join(m.listJoin) }) : '';
}

export function dialogHtml(model: DialogModel): string {
  const m = reminderMessages[model.lang];
  const e = escapeHtml;
  const rtl = isRightToLeft(model.lang);
  const hours = Array.from({ length: 24 }, (_, h) => `<option value="${h}"${h === model.hour ? ' selected' : ''}>${localDigits(`${String(h).padStart(2, '0')}:00`, model.lang)}</option>`).join('');
  const kpi = (['weekly', 'monthly', 'off'] as const)
    .map((k) => `<option value="${k}"${model.cadences.kpi === k ? ' selected' : ''}>${e(m[k])}</option>`)
    .join('');
  const check = (on: boolean) => (on ? ' checked' : '');
  const texts = { saved: m.saved, switchedOff: m.switchedOff };
  return `<!DOCTYPE html>
<html lang="${model.lang}" dir="${rtl ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><base target="_top">
<style>body{font:14px Arial,Tahoma,sans-serif;margin:12px}label{display:block;margin:8px 0 2px}input[type=text],input[type=number],select,textarea{width:100%;box-sizing:border-box}.row{display:flex;gap:8px;margin-top:14px}#msg{margin-top:10px;white-space:pre-line}.err{color:#b00020}</style>
</head><body>
<p id="status">${e(statusLine(model))}</p>
<form id="f"${model.hasPlan ? '' : ' hidden'}>
<label for="hour">${e(m.labelHour)} (<bdi>${e(model.timeZone)}</bdi>)</label><select id="hour">${hours}</select>
<label for="recipients">${e(m.labelRecipients)}</label><textarea id="recipients" rows="2" dir="ltr">${e(model.recipients.join(', '))}</textarea>
<label for="kpi">${e(m.labelKpi)}</label><select id="kpi">${kpi}</select>
<label for="audit">${e(m.labelAuditMonths)}</label><input id="audit" type="number" min="0" max="12" value="${model.cadences.auditMonths}">
<label for="strategy">${e(m.labelStrategyMonths)}</label><input id="strategy" type="number" min="0" max="36" value="${model.cadences.strategyMonths}">
<label><input id="goals" type="checkbox"${check(model.cadences.goals)}> ${e(m.labelGoals)}</label>
<label><input id="posts" type="checkbox"${check(model.cadences.posts)}> ${e(m.labelPosts)}</label>
<div class="row"><button type="submit">${e(m.save)}</button><button type="button" id="off"${model.enabled ? '' : ' hidden'}>${e(m.switchOff)}</button></div>
</form>
${model.hasPlan ? '' : `<div class="row"><button type="button" id="wizard">${e(m.openWizard)}</button></div>`}
<div id="msg" role="status"></div>
<script>
var T = ${scriptJson(texts)};
function $(id){return document.getElementById(id);}
function show(text, bad){var el=$('msg');el.textContent=text;el.className=bad?'err':'';}
function done(r){
  if(r && r.problems){show(r.problems.map(function(p){return p.message;}).join('\\n'),true);return;}
  if(r && r.status){$('status').textContent=r.status;}
  $('off').hidden=!(r && r.enabled);
  show(r && r.enabled?T.saved:T.switchedOff,false);
}
function fail(err){show(String(err && err.message || err),true);}
$('f').addEventListener('submit',function(ev){
  ev.preventDefault();
  google.script.run.withSuccessHandler(done).withFailureHandler(fail).enableReminders({
    hour:Number($('hour').value),recipients:$('recipients').value,kpi:$('kpi').value,
    auditMonths:$('audit').value,strategyMonths:$('strategy').value,goals:$('goals').checked,posts:$('posts').checked});
});
if($('wizard'))$('wizard').addEventListener('click',function(){google.script.run.withSuccessHandler(function(){google.script.host.close();}).withFailureHandler(fail).showSidebar();});
$('off').addEventListener('click',function(){google.script.run.withSuccessHandler(done).withFailureHandler(fail).disableReminders();});
</script>
</body></html>`;
}
