/**
 * "Print or save as PDF": without script the link leads to words saying how; with it, the link
 * opens the browser's print dialog (which also saves as PDF).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-print-link]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    window.print();
  });
}
