import { z } from "zod";

/**
 * The API answers its users in French, schema errors included: without this, a field refused by
 * a zod rule that carries no message of its own (a length, a type, an enum) would say
 * "Too small: expected string to have >=3 characters". Set once for the process, before any
 * request is checked; every schema of the services shares this zod instance.
 */
z.config(z.locales.fr());
