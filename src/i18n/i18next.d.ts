import "i18next";
import type { resources } from "./strings.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: (typeof resources)["vi"];
  }
}
