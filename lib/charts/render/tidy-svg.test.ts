// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tidySvg } from './tidy-svg';

function tidied(markup: string): string {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const svg = host.firstElementChild!;
  tidySvg(svg);
  return svg.outerHTML;
}

describe('tidySvg', () => {
  it('unwraps groups that carry only recharts class names, keeping order; keeps groups that style or place', () => {
    expect(tidied('<svg><g class="recharts-layer"><g class="recharts-layer recharts-bar"><path d="M0 0h1"></path></g><text x="1" y="2">a</text></g><g class="recharts-layer chart-axis"><line x1="0" x2="1"></line></g><g transform="translate(1 2)"><rect width="1" height="1"></rect></g></svg>'))
      .toBe('<svg><path d="M0 0h1"></path><text x="1" y="2">a</text><g class="recharts-layer chart-axis"><line x1="0" x2="1"></line></g><g transform="translate(1 2)"><rect width="1" height="1"></rect></g></svg>');
  });

  it('drops empty groups, defs, titles and descriptions, and keeps those with content', () => {
    expect(tidied('<svg><title></title><desc></desc><defs></defs><g class="recharts-zIndex-layer_-50"></g><g id="keep"></g><defs><clipPath id="c"><rect width="1" height="1"></rect></clipPath></defs><title>Chart</title></svg>'))
      .toBe('<svg><defs><clipPath id="c"><rect width="1" height="1"></rect></clipPath></defs><title>Chart</title></svg>');
  });

  it('removes attributes the elements do not take, and keeps what draws', () => {
    expect(tidied('<svg><line class="chart-grid" x="132" y="24" width="190" height="134" font-size="12" angle="0" orientation="bottom" x1="132" y1="24" x2="132" y2="158" stroke="#ccc"></line><path fill="#0072B2" display="4.9%" radius="0" x="132" y="33" width="46" height="26" d="M 132,33 h 46 v 26 h -46 Z" data-value="4.9%"></path><rect x="1" y="2" width="3" height="4" display="none"></rect><text x="5" y="6" font-size="12">t</text></svg>'))
      .toBe('<svg><line class="chart-grid" x1="132" y1="24" x2="132" y2="158" stroke="#ccc"></line><path fill="#0072B2" d="M 132,33 h 46 v 26 h -46 Z" data-value="4.9%"></path><rect x="1" y="2" width="3" height="4" display="none"></rect><text x="5" y="6" font-size="12">t</text></svg>');
  });

  it('rounds coordinates to a hundredth of a pixel, in paths, shapes, text and transforms, and leaves other numbers alone', () => {
    expect(tidied('<svg><path d="M129.41176470588235,151.081814L145.29411764705884,151.43075000000002L161.5,1.2e-7" data-value="12.3456%"></path><circle cx="20.004999" cy="-0.0001" r="3.5"></circle><text x="12.345678" y="7" transform="rotate(-45, 10.126, 20)">1.23456</text></svg>'))
      .toBe('<svg><path d="M129.41,151.08L145.29,151.43L161.5,0" data-value="12.3456%"></path><circle cx="20" cy="0" r="3.5"></circle><text x="12.35" y="7" transform="rotate(-45, 10.13, 20)">1.23456</text></svg>');
  });
});
