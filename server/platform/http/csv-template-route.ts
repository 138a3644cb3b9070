import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from './context.js';
import { fileResponse, MEDIA_TYPES, responses } from './responses.js';

type RouteApp = Parameters<FastifyPluginAsyncZod>[0];

/** An import's CSV template: the columns the import reads and example rows, each a list of cells. */
type CsvTemplate = {
  path: string;
  summary: string;
  tags: string[];
  /** ASCII download name, e.g. `villages-template.csv`. */
  fileName: string;
  columns: readonly string[];
  examples: readonly (readonly string[])[];
};

/** The template's text: UTF-8 with a BOM (so Excel reads the Thai), one line per row. */
export function csvTemplateText(
  columns: readonly string[],
  examples: readonly (readonly string[])[],
): string {
  return `\uFEFF${[columns, ...examples].map((row) => row.join(',')).join('\n')}\n`;
}

/** `GET path`: the template of an import, for any signed-in user. */
export function csvTemplateRoute(app: RouteApp, template: CsvTemplate): void {
  const body = csvTemplateText(template.columns, template.examples);
  app.get(
    template.path,
    {
      schema: {
        tags: template.tags,
        summary: template.summary,
        response: responses(
          { 200: fileResponse('CSV template / แม่แบบ CSV', MEDIA_TYPES.csv) },
          { errors: [401] },
        ),
      },
    },
    (request, reply) => {
      requireActor(request);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${template.fileName}"`)
        .send(body);
    },
  );
}
