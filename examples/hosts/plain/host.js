/* global document, location */
// The plain portal's glue code: what a portal team writes around the element. `?item=<example id>` picks the
// package, `elder=1` sets 长辈版 from the host, `locale=en`. Every event the element dispatches is listed on the
// page (the browser tests read the list); the submitted payload is shown in <pre id="payload">.
const params = new URLSearchParams(location.search);
const form = document.getElementById('form');
const item = params.get('item');
if (item && /^[a-z0-9-]+$/.test(item)) form.setAttribute('src', `/examples/${item}/${item}.package.json`);
if (params.get('elder') === '1') form.setAttribute('elder', '');
if (params.get('locale') === 'en') {
  form.setAttribute('locale', 'en');
  document.documentElement.lang = 'en';
}
if (params.get('drafts') === '0') form.storage = null;

// Host hooks are properties: an upload hook returning the file's id in the portal's store.
let uploads = 0;
form.upload = async (file) => ({ id: `portal-${(uploads += 1)}-${file.size}` });
form.submitHandler = (payload) => ({ reference: `PORTAL-${payload.packageId.toUpperCase()}-0001` });

const list = document.getElementById('events');
for (const type of ['banshi-change', 'banshi-step', 'banshi-submit', 'banshi-error', 'banshi-rating']) {
  form.addEventListener(type, (event) => {
    const li = document.createElement('li');
    li.dataset.type = type;
    li.textContent = `${type} ${JSON.stringify(event.detail)}`;
    list.append(li);
    if (type === 'banshi-submit') {
      const pre = document.getElementById('payload');
      pre.textContent = JSON.stringify(event.detail, null, 2);
      pre.hidden = false;
    }
  });
}
