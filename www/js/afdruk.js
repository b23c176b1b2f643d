// The print view: the application as a readable summary (not a printed form) followed by its
// assessment with every message. It is built from the same state and beoordeling as the screen,
// and only shown by the print style sheet.

import { h, tabelKop } from './dom.js';
import { t, taal } from './i18n.js';
import { dubbelzinnigeBedragen, naarAanvraag } from './aanvraag.js';
import { schrijfBedrag } from './bedrag.js';
import { schrijfDatum } from './datum.js';
import { beoordelingBlok } from './beoordeling.js';
import * as motor from './motor.js';

const leeg = () => t('afdruk.leeg');
const soortNaam = (s) => (['activiteit', 'personeel', 'opslag'].includes(s ?? 'activiteit') ? t(`veld.soort.${s ?? 'activiteit'}`) : String(s));
const janee = (w) => (w === true ? t('veld.ja') : w === false ? t('veld.nee') : leeg());

/**
 * The print summary.
 * @param {object} staat form state
 * @param {object|null} b beoordeling
 * @param {string} regeling the regulation whose theme names to use
 */
export function afdruk(staat, b, regeling) {
  const a = naarAanvraag(staat, taal());
  // An amount that could mean two things is printed as typed, marked as such, never as one reading.
  const onduidelijk = new Map(dubbelzinnigeBedragen(staat, taal()).map((d) => [d.pad, d.tekst]));
  const gemeente = motor.gemeenten().find((g) => g.code === a.gemeente)?.naam ?? a.gemeente;
  const fg = motor.focusgebied(a.focusgebied);
  const gebied = fg ? `${fg.naam} (${motor.samenstelling(fg)})` : a.focusgebied;
  const regelingTekst = motor.regelingen().find((r) => r.id === a.regeling);
  const themaNaam = (id) => {
    const th = motor.thema(b?.regeling?.id ?? regeling, id);
    return th ? th.naam[taal()] ?? th.naam.nl : id;
  };
  const categorieNaam = (thema, id) =>
    motor.categorieNaam(motor.thema(b?.regeling?.id ?? regeling, thema)?.categorieen.find((c) => c.id === id)) ?? id;
  const rij = (label, waarde) => [h('dt', {}, label), h('dd', {}, waarde === undefined || waarde === '' ? leeg() : String(waarde))];
  const al = a.alliantie ?? {};

  return h(
    'article',
    { class: 'afdruk__inhoud' },
    h('h1', { class: 'utrecht-heading-1' }, t('afdruk.kop')),
    h('p', { class: 'utrecht-paragraph' }, t('afdruk.gemaakt', { moment: new Date().toLocaleString(taal() === 'en' ? 'en-GB' : 'nl-NL'), ...(motor.versie() ?? {}) })),
    h('h2', { class: 'utrecht-heading-2' }, t('afdruk.gegevens')),
    h(
      'dl',
      { class: 'afdruk__gegevens' },
      rij(t('veld.regeling'), regelingTekst ? `${regelingTekst.id}: ${regelingTekst.citeertitel}` : a.regeling ?? t('veld.regeling.automatisch')),
      rij(t('veld.ingediend_op'), a.ingediend_op ? schrijfDatum(a.ingediend_op) : ''),
      rij(t('veld.gemeente'), gemeente),
      rij(t('veld.focusgebied'), gebied),
      ['voorzitter_burgemeester', 'gebiedsplan', 'uitvoeringsprogramma', 'inwoners_betrokken'].map((k) => rij(t(`veld.${k}`), janee(al[k]))),
    ),
    h('h2', { class: 'utrecht-heading-2' }, t('sectie.coalitie')),
    Array.isArray(a.coalitie?.scholen) && a.coalitie.scholen.length
      ? h(
          'table',
          { class: 'utrecht-table utrecht-table--html-table' },
          tabelKop(['#', t('veld.school.naam'), t('veld.school.brin'), t('veld.school.binnen_focusgebied')]),
          h(
            'tbody',
            { class: 'utrecht-table__body' },
            a.coalitie.scholen.map((s, i) =>
              h(
                'tr',
                { class: 'utrecht-table__row' },
                [String(i + 1), s?.naam ?? leeg(), s?.brin ?? leeg(), janee(s?.binnen_focusgebied)].map((x) => h('td', { class: 'utrecht-table__cell' }, String(x))),
              ),
            ),
          ),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('veld.scholen.leeg')),
    h('h2', { class: 'utrecht-heading-2' }, t('sectie.activiteiten')),
    Array.isArray(a.activiteiten) && a.activiteiten.length
      ? a.activiteiten.map((act, i) =>
          h(
            'section',
            { class: 'afdruk__activiteit' },
            h('h3', { class: 'utrecht-heading-3' }, `${t('veld.activiteit', { n: i + 1 })}: ${act?.naam ?? leeg()}`),
            h(
              'dl',
              { class: 'afdruk__gegevens' },
              rij(t('veld.id'), act?.id),
              rij(t('veld.thema'), act?.thema ? themaNaam(act.thema) : ''),
              rij(t('veld.categorie'), act?.categorie ? categorieNaam(act.thema, act.categorie) : ''),
              rij(t('veld.binnen_focusgebied'), janee(act?.binnen_focusgebied)),
              rij(
                t('veld.doelgroep'),
                act?.doelgroep ? `${act.doelgroep.leeftijd_van ?? '?'}–${act.doelgroep.leeftijd_tot_en_met ?? '?'}` : '',
              ),
            ),
            Array.isArray(act?.begroting) && act.begroting.length
              ? h(
                  'table',
                  { class: 'utrecht-table utrecht-table--html-table' },
                  h('caption', { class: 'utrecht-table__caption' }, t('afdruk.activiteit.bedragen')),
                  tabelKop([t('veld.jaar'), t('veld.bedrag'), t('veld.besteding_in'), t('veld.soort')]),
                  h(
                    'tbody',
                    { class: 'utrecht-table__body' },
                    act.begroting.map((r, j) =>
                      h(
                        'tr',
                        { class: 'utrecht-table__row' },
                        [
                          r?.jaar ?? leeg(),
                          onduidelijk.has(`/activiteiten/${i}/begroting/${j}/bedrag`)
                            ? t('afdruk.bedrag.onduidelijk', { tekst: onduidelijk.get(`/activiteiten/${i}/begroting/${j}/bedrag`) })
                            : r?.bedrag !== undefined
                              ? schrijfBedrag(r.bedrag, taal())
                              : leeg(),
                          r?.besteding_in ?? leeg(),
                          soortNaam(r?.soort),
                        ].map((x) => h('td', { class: 'utrecht-table__cell' }, String(x))),
                      ),
                    ),
                  ),
                )
              : null,
          ),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('veld.activiteiten.leeg')),
    h('section', { class: 'afdruk__beoordeling' }, beoordelingBlok(b, { regeling, kop: 'h2', metMeldingen: true, idPrefix: 'afdruk-beoordeling' })),
  );
}
