// Starts GOV.UK Frontend's components; loaded as a module so that no page carries inline script.
import { initAll } from '/webjars/govuk-frontend/${govuk-frontend.version}/dist/govuk/govuk-frontend.min.js';

initAll();
