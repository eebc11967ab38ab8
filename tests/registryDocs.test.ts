import { registry } from '../src/main';
import { GLOBAL_DOCS } from '../src/registryDocs';

describe('the registry’s docs', () => {
  test('document exactly the registry’s globals', () => {
    expect(Object.keys(GLOBAL_DOCS).sort()).toEqual(Object.keys(registry).sort());
  });

  test('give every custom function a description, its parameters and its result', () => {
    for (const [name, entry] of Object.entries(registry)) {
      if (entry.kind !== 'customFunction') continue;
      const docs = GLOBAL_DOCS[name as keyof typeof registry];
      expect(docs.description.length).toBeGreaterThan(20);
      expect(docs.params.length).toBeGreaterThan(0);
      expect(docs.returns?.description).toBeTruthy();
    }
  });
});
