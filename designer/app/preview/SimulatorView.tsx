// The 情形模拟 tab (loaded lazily): the canvas with the simulated path highlighted, beside a panel where the designer
// answers the situation questions (only those asked given the earlier answers, in flow order) and sees the
// outcome, the material checklist and the printable 一次性告知单. Answers can be saved as personas (commands, so
// they stay with the item and share the undo history); choosing one reproduces its answers, and a persona's
// expected materials are compared with the list its answers give now.
import './preview.css';
import { useContext, useEffect, useId, useMemo, useState } from 'react';
import type { ManifestMaterial, PackageSituation, ServicePackage } from '../../../schemas/index.ts';
import type { ConditionValue, Persona } from '../../../schemas/service.types.ts';
import { MaterialNotice } from '../../../runtime/react/index.ts';
import { Canvas } from '../canvas/Canvas.tsx';
import { localText, type Lang } from '../i18n.ts';
import { selectCompiled, selectDocument, type DesignerState } from '../store/designerStore.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { NoPackage } from './NoPackage.tsx';
import { diffMaterials, personaFrom, sameAnswers, sameMaterials, setAnswer, simulate, type Answers, type Simulation } from './simulate.ts';
import { previewStrings, type PreviewStrings } from './strings.ts';

const selectPackage = (state: DesignerState) => selectCompiled(state)?.package;
const selectPersonas = (state: DesignerState) => selectDocument(state)?.personas;

function SituationControl({ situation, value, onChange, lang, s }: {
  situation: PackageSituation;
  value: ConditionValue | undefined;
  onChange: (value: ConditionValue | undefined) => void;
  lang: Lang;
  s: PreviewStrings;
}) {
  const id = `sim-${situation.id}`;
  const label = localText(situation.field.label, lang);
  const type = situation.field.type;
  if (type === 'number' || type === 'integer') {
    return (
      <div className="simulator__question">
        <label htmlFor={id} className="simulator__label">{label}</label>
        <input
          id={id}
          type="number"
          inputMode={type === 'integer' ? 'numeric' : 'decimal'}
          step={type === 'integer' ? 1 : 'any'}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => {
            const text = event.target.value;
            const number = text === '' ? undefined : Number(text);
            onChange(number === undefined || Number.isNaN(number) ? undefined : number);
          }}
        />
        {situation.unit && <span className="simulator__unit">{localText(situation.unit, lang)}</span>}
      </div>
    );
  }
  const options: { value: ConditionValue; label: string }[] =
    type === 'yes-no'
      ? [{ value: true, label: s.yes }, { value: false, label: s.no }]
      : (situation.field.options ?? []).map((option) => ({ value: option.value as ConditionValue, label: localText(option.label, lang) }));
  const multi = type === 'multi-choice';
  const chosen = (option: ConditionValue) => (multi ? Array.isArray(value) && (value as unknown[]).includes(option) : value === option);
  return (
    <fieldset className="simulator__question">
      <legend className="simulator__label">{label}</legend>
      <div className="simulator__options">
        {options.map((option, index) => (
          <label key={index} className="simulator__option">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={id}
              id={`${id}-${index}`}
              checked={chosen(option.value)}
              onChange={(event) => {
                if (!multi) return onChange(option.value);
                const current = Array.isArray(value) ? (value as (string | number)[]) : [];
                const next = event.target.checked
                  ? options.filter((o) => o.value === option.value || current.includes(o.value as string | number)).map((o) => o.value as string | number)
                  : current.filter((v) => v !== option.value);
                onChange(next);
              }}
            />
            {option.label}
          </label>
        ))}
        {!multi && value !== undefined && (
          <button type="button" className="simulator__clear" onClick={() => onChange(undefined)} aria-label={`${s.clearAnswer}：${label}`}>
            {s.clearAnswer}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function Checklist({ materials, lang, s }: { materials: readonly ManifestMaterial[]; lang: Lang; s: PreviewStrings }) {
  if (materials.length === 0) return <p>{s.materialsNone}</p>;
  return (
    <ol className="simulator__materials" aria-label={s.materials}>
      {materials.map((material) => (
        <li key={material.key} data-material={material.key}>
          <span className="simulator__material-name">{localText(material.name, lang)}</span>
          <span className={`simulator__necessity simulator__necessity--${material.necessity}`}>{s.necessity[material.necessity]}</span>
          <span className="simulator__ways">
            {s.provideBy}
            {material.accepts.map((way) => s.ways[way]).join('、')}
          </span>
        </li>
      ))}
    </ol>
  );
}

function MaterialDiffView({ persona, simulation, pkg, lang, s, onAccept }: {
  persona: Persona;
  simulation: Simulation;
  pkg: ServicePackage;
  lang: Lang;
  s: PreviewStrings;
  onAccept: () => void;
}) {
  if (!persona.expectedMaterials) return null;
  const diff = diffMaterials(persona.expectedMaterials, simulation.materials.map((m) => m.key));
  if (sameMaterials(diff)) return <p className="simulator__diff simulator__diff--same" role="status">{s.expectedSame}</p>;
  const names = new Map(pkg.materials.map((m) => [m.key, localText(m.name, lang)]));
  const name = (key: string) => (names.has(key) ? `${names.get(key)}（${key}）` : key);
  return (
    <div className="simulator__diff simulator__diff--differs" role="status">
      <p><strong>{s.expectedDiff}</strong></p>
      <ul>
        {diff.missing.length > 0 && <li className="simulator__diff-missing">{s.missing}{diff.missing.map(name).join('、')}</li>}
        {diff.unexpected.length > 0 && <li className="simulator__diff-unexpected">{s.unexpected}{diff.unexpected.map(name).join('、')}</li>}
      </ul>
      <button type="button" onClick={onAccept}>{s.updateExpected}</button>
    </div>
  );
}

export function SimulatorPanel({ pkg, lang }: { pkg: ServicePackage; lang: Lang }) {
  const s = previewStrings(lang);
  const store = useContext(DesignerStoreContext);
  const definition = useDesigner(selectDocument);
  const personas = useDesigner(selectPersonas);
  const [answers, setAnswers] = useState<Answers>({});
  const [activeId, setActiveId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [recordExpected, setRecordExpected] = useState(true);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const nameId = useId();
  const descriptionId = useId();

  const simulation = useMemo(() => (definition ? simulate(pkg, definition, answers) : undefined), [pkg, definition, answers]);

  // The path on the canvas, while this panel is shown.
  useEffect(() => {
    if (!store || !simulation) return;
    store.getState().setHighlight({ nodes: simulation.nodes, edges: simulation.edges });
  }, [store, simulation]);
  useEffect(() => () => store?.getState().setHighlight(null), [store]);

  if (!simulation || !store || !definition) return null;
  const active = personas?.find((p) => p.id === activeId);
  const activeModified = active ? !sameAnswers(simulate(pkg, definition, active.answers).answers, simulation.answers) : false;
  const exitNode = simulation.outcome.kind === 'exit' ? pkg.flow.nodes.find((n) => n.id === (simulation.outcome as { nodeId: string }).nodeId) : undefined;
  const exitTitle = exitNode && exitNode.kind === 'end' && exitNode.title ? localText(exitNode.title, lang) : '';

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ text: s.nameRequired, error: true });
      document.getElementById(nameId)?.focus();
      return;
    }
    const text = (value: string) => (lang === 'en' ? { 'zh-CN': value, en: value } : { 'zh-CN': value });
    const persona = personaFrom(personas, {
      name: text(trimmed),
      ...(description.trim() ? { description: text(description.trim()) } : {}),
      answers: simulation.answers,
      ...(recordExpected ? { expectedMaterials: simulation.materials.map((m) => m.key) } : {}),
    });
    store.getState().execute({ type: 'addPersona', persona });
    setActiveId(persona.id);
    setName('');
    setDescription('');
    setMessage({ text: s.saved(trimmed), error: false });
  };

  return (
    <div className="simulator__panel-body">
      <section className="simulator__section" aria-labelledby="sim-answers">
        <h2 id="sim-answers" className="simulator__heading">{s.situations}</h2>
        <p className="simulator__hint">{s.situationsHint}</p>
        {simulation.situations.length === 0 ? (
          <p>{s.noSituations}</p>
        ) : (
          simulation.situations.map((situation) => (
            <SituationControl
              key={situation.id}
              situation={situation}
              value={simulation.answers[situation.key]}
              onChange={(value) => setAnswers((current) => setAnswer(current, situation.key, value))}
              lang={lang}
              s={s}
            />
          ))
        )}
        <p className={`simulator__outcome simulator__outcome--${simulation.outcome.kind}`} role="status">
          {simulation.outcome.kind === 'submit'
            ? s.status.submit
            : simulation.outcome.kind === 'exit'
              ? s.status.exit(exitTitle)
              : s.status.incomplete(simulation.outcome.unanswered)}{' '}
          {s.pathSummary(simulation.nodes.length, simulation.edges.length)}
        </p>
        {Object.keys(answers).length > 0 && (
          <button type="button" onClick={() => { setAnswers({}); setActiveId(null); }}>{s.clearAll}</button>
        )}
      </section>

      <section className="simulator__section" aria-labelledby="sim-personas">
        <h2 id="sim-personas" className="simulator__heading">{s.personas}</h2>
        <p className="simulator__hint">{s.personasHint}</p>
        {!personas || personas.length === 0 ? (
          <p>{s.noPersonas}</p>
        ) : (
          <ul className="simulator__personas">
            {personas.map((persona) => {
              const title = localText(persona.name, lang);
              const isActive = persona.id === activeId;
              return (
                <li key={persona.id} className={isActive ? 'simulator__persona is-active' : 'simulator__persona'} data-persona={persona.id}>
                  <div className="simulator__persona-text">
                    <span className="simulator__persona-name">{title}</span>
                    {isActive && <span className="simulator__persona-active">（{s.active}）{activeModified ? s.modified : ''}</span>}
                    {persona.description && <span className="simulator__persona-description">{localText(persona.description, lang)}</span>}
                  </div>
                  <button
                    type="button"
                    aria-pressed={isActive}
                    onClick={() => {
                      setAnswers(persona.answers);
                      setActiveId(persona.id);
                      setMessage(null);
                    }}
                  >
                    {s.load(title)}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      store.getState().execute({ type: 'removePersona', id: persona.id });
                      if (isActive) setActiveId(null);
                    }}
                  >
                    {s.remove(title)}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {active && (
          <>
            {simulation.unused.length > 0 && !activeModified && (
              <p className="simulator__stale">{s.staleAnswers(simulation.unused.join('、'))}</p>
            )}
            <MaterialDiffView
              persona={active}
              simulation={simulation}
              pkg={pkg}
              lang={lang}
              s={s}
              onAccept={() =>
                store.getState().execute({ type: 'updatePersona', persona: { ...active, expectedMaterials: simulation.materials.map((m) => m.key) } })
              }
            />
          </>
        )}
        <form
          className="simulator__save"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label htmlFor={nameId}>{s.personaName}</label>
          <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} aria-invalid={message?.error ? true : undefined} />
          <label htmlFor={descriptionId}>{s.personaDescription}</label>
          <input id={descriptionId} value={description} onChange={(event) => setDescription(event.target.value)} />
          <label className="simulator__option">
            <input type="checkbox" checked={recordExpected} onChange={(event) => setRecordExpected(event.target.checked)} />
            {s.recordExpected}
          </label>
          <button type="submit">{s.savePersona}</button>
          <p className={message?.error ? 'simulator__message simulator__message--error' : 'simulator__message'} role="status">
            {message?.text ?? ''}
          </p>
        </form>
      </section>

      <section className="simulator__section" aria-labelledby="sim-materials">
        <h2 id="sim-materials" className="simulator__heading">{s.materials}</h2>
        <Checklist materials={simulation.materials} lang={lang} s={s} />
      </section>

      <section className="simulator__section simulator__notice" aria-label={s.notice}>
        <MaterialNotice package={pkg} data={simulation.answers} locale={lang} />
        <button type="button" onClick={() => window.print()}>{s.print}</button>
      </section>
    </div>
  );
}

export default function SimulatorView({ lang }: { readonly lang: Lang }) {
  const s = previewStrings(lang);
  const pkg = useDesigner(selectPackage);
  return (
    <div className="simulator">
      <div className="simulator__canvas">
        <Canvas lang={lang} />
      </div>
      <aside className="simulator__panel" aria-label={s.simulatorLabel}>
        {pkg ? <SimulatorPanel pkg={pkg} lang={lang} /> : <NoPackage lang={lang} />}
      </aside>
    </div>
  );
}
