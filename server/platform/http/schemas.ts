import { z } from 'zod';

export const uuidParams = z.object({ id: z.uuid() });
