/**
 * The data-source URL saved with the workbook: read once when the pane opens, saved when the user changes it.
 * null means the default dataset served next to the add-in.
 */
import { useCallback, useEffect, useState } from "react";
import { errorMessage, paneErrors } from "./errorLog";
import { readSourceUrl, saveSourceUrl } from "./workbook";

export interface DataSource {
  /** The saved URL, or null for the default dataset. */
  saved: string | null;
  /** False until the workbook's setting has been read. */
  loaded: boolean;
  save: (url: string | null) => Promise<void>;
}

export function useDataSource(): DataSource {
  const [saved, setSaved] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    readSourceUrl()
      .then(
        (url) => live && setSaved(url && url.trim() !== "" ? url : null),
        (error) => paneErrors.record(`reading the data source URL: ${errorMessage(error)}`),
      )
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  const save = useCallback(async (url: string | null) => {
    await saveSourceUrl(url);
    setSaved(url);
  }, []);
  return { saved, loaded, save };
}
