import "i18next";
import type { embedCodeStrings } from "./embedCodeStrings.ts";
import type { resources } from "./strings.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: (typeof resources)["vi"] & {
      /** Added when the embed-code generator first opens (see embedCodeStrings.ts). */
      embedCode: (typeof embedCodeStrings)["vi"];
    };
  }
}
