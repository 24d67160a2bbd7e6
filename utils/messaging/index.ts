import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { ContentMessages } from './schemas';

type Data<K extends keyof ContentMessages> = z.infer<ContentMessages[K]>;

/** The typed protocol. Types only here, so content scripts stay small; validation lives in ./schemas. */
interface ProtocolMap {
  contentReady(data: Data<'contentReady'>): { guarded: boolean };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
