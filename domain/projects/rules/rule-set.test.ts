import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET_2568, DEFAULT_RULE_SET_2569 } from './default-rules.js';
import { RULE_KINDS, RULE_PARAMETER_DEFAULTS, RULE_PARAMETER_SCHEMAS } from './rule-kinds.js';
import { ruleSchema, ruleSetCreateSchema, unknownPlaceholders } from './rule-set.js';
import { renderTemplate } from './verdict.js';

const [planLink] = DEFAULT_RULE_SET_2569.rules;

describe('rule set schema', () => {
  it('accepts both default sets, covering every kind once', () => {
    for (const set of [DEFAULT_RULE_SET_2568, DEFAULT_RULE_SET_2569]) {
      const parsed = ruleSetCreateSchema.parse(set);
      expect(parsed.rules.map((rule) => rule.kind).sort()).toEqual([...RULE_KINDS].sort());
    }
  });

  it('marks the rules the domain brief could not verify', () => {
    const unverified = DEFAULT_RULE_SET_2569.rules
      .filter((rule) => !rule.citation.verified)
      .map((r) => r.key);
    expect(unverified).toEqual([
      'plan_link',
      'readiness_before_request',
      'negative_list',
      'multi_year_full_amount',
      'schedule_total',
      'years_in_plan_period',
    ]);
  });

  it('refuses parameters of another kind or unknown ones', () => {
    expect(ruleSchema.safeParse({ ...planLink, parameters: { minKpis: 1, minProvinces: 2 } }).success).toBe(
      false,
    );
    expect(ruleSchema.safeParse({ ...planLink, parameters: {} }).success).toBe(false);
    expect(ruleSchema.safeParse({ ...planLink, parameters: { minKpis: -1 } }).success).toBe(false);
    expect(ruleSchema.safeParse({ ...planLink, kind: 'teleport' }).success).toBe(false);
  });

  it('refuses explanation placeholders the kind does not fill', () => {
    expect(unknownPlaceholders('plan_link', 'ขาด {missing} ({kpis}/{minKpis})')).toEqual([]);
    expect(unknownPlaceholders('plan_link', 'เกิน {ceiling} บาท')).toEqual(['ceiling']);
    const bad = {
      ...planLink,
      explanation: { pass: { th: '{ceiling}', en: 'ok' }, fail: planLink?.explanation.fail },
    };
    const result = ruleSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['explanation', 'pass', 'th']);
  });

  it('refuses two rules with one key and bad citation dates', () => {
    const twice = { ...DEFAULT_RULE_SET_2569, rules: [planLink, planLink] };
    expect(ruleSetCreateSchema.safeParse(twice).success).toBe(false);
    const badDate = { ...planLink, citation: { ...planLink?.citation, date: '2568-13-01' } };
    expect(ruleSchema.safeParse(badDate).success).toBe(false);
  });

  it('keeps a placeholder it has no value for, so a gap shows instead of vanishing', () => {
    const values = { total: { th: '1,000.00', en: '1,000.00' } };
    expect(renderTemplate('รวม {total} บาท {other}', values, 'th')).toBe('รวม 1,000.00 บาท {other}');
  });
});

describe('rule parameter defaults', () => {
  it('start every kind from parameters its schema accepts', () => {
    for (const kind of RULE_KINDS) {
      expect(RULE_PARAMETER_SCHEMAS[kind].safeParse(RULE_PARAMETER_DEFAULTS[kind]).success).toBe(true);
    }
  });
});
