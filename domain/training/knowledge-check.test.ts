import { describe, expect, it } from 'vitest';
import { answerProblems, questionsInputSchema, scoreAnswers } from './knowledge-check.js';

const questions = [
  { text: 'ก', choices: ['1', '2', '3'], answer: 2 },
  { text: 'ข', choices: ['1', '2'], answer: 0 },
  { text: 'ค', choices: ['1', '2'], answer: 1 },
  { text: 'ง', choices: ['1', '2', '3', '4'], answer: 3 },
  { text: 'จ', choices: ['1', '2'], answer: 0 },
];

describe('scoreAnswers', () => {
  it('counts the right answers and passes at 60 percent exactly', () => {
    expect(scoreAnswers(questions, [2, 0, 1, 0, 1])).toEqual({ score: 3, total: 5, passed: true });
  });

  it('fails just below the pass mark', () => {
    expect(scoreAnswers(questions, [2, 0, 0, 0, 1])).toEqual({ score: 2, total: 5, passed: false });
  });

  it('never passes a check without questions', () => {
    expect(scoreAnswers([], [])).toEqual({ score: 0, total: 0, passed: false });
  });
});

describe('answerProblems', () => {
  it('asks for an answer to every question', () => {
    expect(answerProblems(questions, [0, 0]).map((problem) => problem.path)).toEqual(['answers']);
  });

  it('names each answer that is not one of its question’s choices', () => {
    expect(answerProblems(questions, [2, 2, 1, 3, 5]).map((problem) => problem.path)).toEqual([
      'answers.1',
      'answers.4',
    ]);
  });

  it('accepts one valid choice per question', () => {
    expect(answerProblems(questions, [0, 1, 0, 3, 1])).toEqual([]);
  });
});

describe('questionsInputSchema', () => {
  it('refuses a right answer outside the choices', () => {
    const result = questionsInputSchema.safeParse({
      questions: [{ text: 'ก', choices: ['1', '2'], answer: 2 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['questions', 0, 'answer']);
  });
});
