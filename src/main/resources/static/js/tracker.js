// Progressive enhancement only: every page works without this script. Loaded as a module, so only browsers that
// GOV.UK Frontend supports run it (the same test as the template's inline snippet, which the CSP does not allow).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
