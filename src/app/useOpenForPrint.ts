import { useEffect } from "react";
import { openForPrint } from "../dom/openForPrint.ts";

/** Opens every disclosure while the page prints (see `openForPrint`). */
export function useOpenForPrint(): void {
  useEffect(() => openForPrint(), []);
}
