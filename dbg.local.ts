import { extractOrganizations } from "./src/ingest/organizations";
import { findFormNames } from "./src/ingest/orgForms";
for (const t of process.argv.slice(2)) { console.log(extractOrganizations(t).map(o=>[o.name,o.aliases])); console.log(findFormNames(t).map(f=>[f.name,f.valid])); }
