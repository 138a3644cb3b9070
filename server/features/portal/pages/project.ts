import { bahtText, fiscalMonthText } from '../../../../domain/portal/format.js';
import type { PortalLanguage } from '../../../../domain/portal/words.js';
import { fiscalYearText } from '../../../../domain/thai/be-year.js';
import { html } from '../../../platform/pdf/html.js';
import type { projectPage } from '../reads.js';
import { dataTable, portalHref, renderPage, wordsOf } from './layout.js';
import { photoGallery } from './photos.js';

type ProjectData = NonNullable<Awaited<ReturnType<typeof projectPage>>>;

/** A published project: status, money to date by month, where, what needs it answers, what it left. */
export function projectView(data: ProjectData, lang: PortalLanguage): string {
  const t = wordsOf(lang);
  const { project } = data;
  const path = `/portal/projects/${encodeURIComponent(project.code)}`;
  const people = [
    project.beneficiaryHouseholds !== null && `${project.beneficiaryHouseholds} ${t('households')}`,
    project.beneficiaryPeople !== null && `${project.beneficiaryPeople} ${t('people')}`,
  ].filter(Boolean);
  const body = html`<p>
      <a href="${portalHref(`/portal/provinces/${project.provinceCode}`, lang)}"
        >${project.provinceName ?? project.provinceCode}</a
      >
    </p>
    <h1>${project.title}</h1>
    <p>
      <span class="badge">${project.statusLabel}</span> · ${fiscalYearText(project.fiscalYear, lang)} ·
      ${project.code}
    </p>
    <dl class="stats">
      <div>
        <dt>${t('budget')}</dt>
        <dd>${bahtText(project.totalSatang, lang)}</dd>
      </div>
      <div>
        <dt>${t('committed')}</dt>
        <dd>${bahtText(project.committedSatang, lang)}</dd>
      </div>
      <div>
        <dt>${t('disbursed')}</dt>
        <dd>${bahtText(project.disbursedSatang, lang)}</dd>
      </div>
    </dl>
    <div class="card">
      ${project.objective ? html`<p><strong>${t('objective')}:</strong> ${project.objective}</p>` : ''}
      ${project.implementingAgency ? html`<p><strong>${t('agency')}:</strong> ${project.implementingAgency}</p>` : ''}
      ${people.length ? html`<p><strong>${t('beneficiaries')}:</strong> ${people.join(' · ')}</p>` : ''}
      ${data.locations.length ? html`<p><strong>${t('locations')}:</strong> ${data.locations.map((l) => l.areaName).join(', ')}</p>` : ''}
    </div>
    <h2>${t('spendingByMonth')}</h2>
    ${
      data.spending.length
        ? dataTable(
            t('spendingByMonth'),
            [t('month'), t('committed'), t('disbursed')],
            data.spending.map((row) => [
              fiscalMonthText(row.fiscalYear, row.fiscalMonth, lang),
              bahtText(row.committed, lang),
              bahtText(row.disbursed, lang),
            ]),
            [1, 2],
          )
        : html`<p>${t('noSpending')}</p>`
    }
    <h2>${t('needsAnswered')}</h2>
    ${
      data.needs.length
        ? dataTable(
            t('needsAnswered'),
            [t('reference'), t('title'), t('area'), t('households')],
            data.needs.map((need) => [need.referenceNo, need.title, need.areaName, need.households]),
            [3],
          )
        : html`<p>${t('noNeeds')}</p>`
    }
    <h2>${t('photos')}</h2>
    ${photoGallery(data.photos, lang)}
    <h2>${t('assets')}</h2>
    ${
      data.assets.length
        ? html`<ul class="plain">
            ${data.assets.map(
              (asset) =>
                html`<li>
                  ${asset.description} (${asset.quantity} ${asset.unit ?? ''})
                  <span class="hint">${asset.code}</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('noAssets')}</p>`
    }
    <h2>${t('openData')}</h2>
    <ul class="plain">
      <li>
        <a href="${path}/feed.atom">${t('follow')}</a><br /><span class="hint">${t('followNote')}</span>
      </li>
      <li><a href="/api/open/v1/oc4ids/projects/${encodeURIComponent(project.code)}">${t('oc4ids')}</a></li>
    </ul>`;
  return renderPage({ lang, title: project.title, path, body });
}
