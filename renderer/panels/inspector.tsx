/**
 * The inspector beside the board. With notes selected it edits their details
 * (colour, channel, phase, moment, teams, evidence, emotion, votes, tags);
 * with nothing selected it shows the map's summary and the project's teams.
 * Every change is one `apply` (one undo step); several selected notes are
 * edited together and a field that differs between them shows as mixed.
 */
import { useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  addChannel,
  addPersona,
  addTeam,
  addVotes,
  batch,
  recolorCards,
  renameMap,
  setCardFields,
  setMapPersona,
  setMapType,
  TEAM_PALETTE,
  type CardFields,
  type Command,
} from '../../shared/commands'
import { EvidenceSource, MapType, NoteColor, Phase, type Card, type JourneyMap, type Project } from '../../shared/model'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { CommitInput, InlineAdd, useActiveMap, useFormatNumber } from './controls'
import { EMOTION_SCORES, Face } from './face'
import { TeamsPanel } from './teams-panel'


const MIXED = Symbol('mixed')
type Common<T> = T | typeof MIXED

/** The value all cards share, or MIXED. */
function common<T>(cards: readonly Card[], read: (card: Card) => T): Common<T> {
  const first = cards[0]
  if (!first) return MIXED
  const value = read(first)
  return cards.every((c) => read(c) === value) ? value : MIXED
}

function findByName<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  const wanted = name.trim().toLocaleLowerCase()
  return list.find((item) => item.name.trim().toLocaleLowerCase() === wanted)
}

/** One command editing each card with its own fields (e.g. adding a tag to each card's own tags). */
function perCard(mapId: string, cards: readonly Card[], fields: (card: Card) => CardFields): Command {
  return batch(...cards.map((card) => setCardFields(mapId, [card.id], fields(card))))
}

export function Inspector() {
  const { t } = useTranslation()
  const project = useDocument((s) => s.project)
  const map = useActiveMap()
  const selectedIds = useBoard((s) => s.selectedCardIds)
  const cards = useMemo(() => {
    if (!map || selectedIds.length === 0) return []
    const wanted = new Set(selectedIds)
    return map.cards.filter((c) => wanted.has(c.id))
  }, [map, selectedIds])
  if (!project || !map) return null
  return (
    <section className="inspector" aria-label={t('panel.inspector')} data-testid="inspector">
      {cards.length > 0 ? (
        // Keyed by the selection: a half-open "add channel" row never carries over to other notes.
        <CardInspector key={cards.map((c) => c.id).join(',')} project={project} map={map} cards={cards} />
      ) : (
        <MapSummary key={map.id} project={project} map={map} />
      )}
    </section>
  )
}

// Notes -----------------------------------------------------------------------

function CardInspector({ project, map, cards }: { project: Project; map: JourneyMap; cards: Card[] }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const mapId = map.id
  const ids = cards.map((c) => c.id)
  const set = (fields: CardFields, label: string) => apply(setCardFields(mapId, ids, fields), t(label))
  const [first] = cards
  if (!first) return null
  return (
    <div className="inspector-body" data-testid="card-inspector">
      <header className="inspector-head">
        <h2>{cards.length === 1 ? t('panel.noteHeading') : t('panel.selectedCount', { count: cards.length })}</h2>
        <TextPreview cards={cards} />
      </header>

      <ColorField cards={cards} onPick={(color) => apply(recolorCards(mapId, ids, color), t('panel.undo.color'))} />
      <ChannelField
        project={project}
        cards={cards}
        onPick={(channelId) => set({ channelId }, 'panel.undo.channel')}
        onAdd={(name) => {
          // A name that exists already picks that channel instead of making a twin.
          const existing = findByName(project.channels, name)
          if (existing) return set({ channelId: existing.id }, 'panel.undo.channel')
          const add = addChannel({ name })
          apply(batch(add, setCardFields(mapId, ids, { channelId: add.createdIds[0] })), t('panel.undo.addChannel'))
        }}
      />
      <ChoiceField
        legend={t('panel.phase')}
        name="phase"
        options={Phase.options.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
        value={common(cards, (c) => c.phase ?? null)}
        onPick={(phase) => set({ phase }, 'panel.undo.phase')}
      />
      <ChoiceField
        legend={t('panel.moment')}
        name="moment"
        options={(['impact', 'influence'] as const).map((m) => ({ value: m, label: t(`panel.moments.${m}`), hint: t(`panel.momentHints.${m}`) }))}
        value={common(cards, (c) => c.moment ?? null)}
        onPick={(moment) => set({ moment }, 'panel.undo.moment')}
      />
      <TeamsField project={project} mapId={mapId} cards={cards} />
      <EvidenceField mapId={mapId} cards={cards} />
      <EmotionField cards={cards} onPick={(emotionScore) => set({ emotionScore }, 'panel.undo.emotion')} />
      <VotesField mapId={mapId} cards={cards} />
      <TagsField mapId={mapId} cards={cards} />
    </div>
  )
}

function TextPreview({ cards }: { cards: Card[] }) {
  const { t } = useTranslation()
  const shown = cards.slice(0, 3)
  return (
    <div className="text-preview" data-testid="text-preview">
      {shown.map((c) => (
        <p key={c.id} dir="auto" className={`preview-line note-${c.color}`}>
          {c.text.trim() ? c.text : <span className="muted">{t('panel.emptyText')}</span>}
        </p>
      ))}
      {cards.length > shown.length && <p className="muted preview-more">+{cards.length - shown.length}</p>}
    </div>
  )
}

function MixedBadge({ shown }: { shown: boolean }) {
  const { t } = useTranslation()
  return shown ? <span className="mixed-badge">{t('panel.mixed')}</span> : null
}

function Field({ label, children, htmlFor }: { label: string; children: ReactNode; htmlFor?: string }) {
  return (
    <div className="field">
      {htmlFor ? (
        <label className="field-label" htmlFor={htmlFor}>
          {label}
        </label>
      ) : (
        <span className="field-label">{label}</span>
      )}
      {children}
    </div>
  )
}

function ColorField({ cards, onPick }: { cards: Card[]; onPick(color: NoteColor): void }) {
  const { t } = useTranslation()
  const current = common(cards, (c) => c.color)
  return (
    <fieldset className="field">
      <legend className="field-label">
        {t('panel.color')} <MixedBadge shown={current === MIXED} />
      </legend>
      <div className="swatches-row">
        {NoteColor.options.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch note-${color}`}
            data-color={color}
            aria-pressed={current === color}
            aria-label={t(`noteColors.${color}`)}
            title={t(`noteColors.${color}`)}
            onClick={() => onPick(color)}
          />
        ))}
      </div>
    </fieldset>
  )
}

const ADD = '__add__'
const MIXED_VALUE = '__mixed__'

function ChannelField({
  project,
  cards,
  onPick,
  onAdd,
}: {
  project: Project
  cards: Card[]
  onPick(channelId: string | null): void
  onAdd(name: string): void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [adding, setAdding] = useState(false)
  const current = common(cards, (c) => c.channelId ?? '')
  return (
    <Field label={t('panel.channel')} htmlFor={id}>
      {adding ? (
        <InlineAdd label={t('panel.newChannelName')} onAdd={onAdd} onClose={() => setAdding(false)} />
      ) : (
        <select
          id={id}
          data-testid="channel-select"
          value={current === MIXED ? MIXED_VALUE : current}
          onChange={(e) => {
            const value = e.target.value
            if (value === ADD) setAdding(true)
            else if (value !== MIXED_VALUE) onPick(value || null)
          }}
        >
          {current === MIXED && (
            <option value={MIXED_VALUE} disabled>
              {t('panel.mixed')}
            </option>
          )}
          <option value="">{t('panel.none')}</option>
          {project.channels.map((ch) => (
            <option key={ch.id} value={ch.id}>
              {ch.name}
            </option>
          ))}
          <option value={ADD}>{t('panel.addChannel')}</option>
        </select>
      )}
    </Field>
  )
}

/** A row of radio segments with a "None" first; nothing checked when the selection is mixed. */
function ChoiceField<T extends string>({
  legend,
  name,
  options,
  value,
  onPick,
}: {
  legend: string
  name: string
  options: Array<{ value: T; label: string; hint?: string }>
  value: Common<T | null>
  onPick(value: T | null): void
}) {
  const { t } = useTranslation()
  const group = `${useId()}-${name}`
  const all: Array<{ value: T | null; label: string; hint?: string }> = [{ value: null, label: t('panel.none') }, ...options]
  return (
    <fieldset className="field" data-testid={`${name}-field`}>
      <legend className="field-label">
        {legend} <MixedBadge shown={value === MIXED} />
      </legend>
      <div className="segments">
        {all.map((o) => (
          <label key={o.value ?? 'none'} className="segment" title={o.hint}>
            <input
              type="radio"
              name={group}
              value={o.value ?? ''}
              checked={value !== MIXED && value === o.value}
              onChange={() => onPick(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function TeamsField({ project, mapId, cards }: { project: Project; mapId: string; cards: Card[] }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const [adding, setAdding] = useState(false)
  const toggle = (teamId: string, on: boolean) =>
    apply(
      perCard(mapId, cards, (c) => ({ teamIds: on ? [...c.teamIds, teamId] : c.teamIds.filter((id) => id !== teamId) })),
      t('panel.undo.teams'),
    )
  const used = new Set(project.teams.map((tm) => tm.color.toLowerCase()))
  const nextColor = TEAM_PALETTE.find((c) => !used.has(c)) ?? TEAM_PALETTE[project.teams.length % TEAM_PALETTE.length]!
  return (
    <fieldset className="field">
      <legend className="field-label">{t('panel.teams')}</legend>
      <div className="chips">
        {project.teams.length === 0 && !adding && <span className="muted">{t('panel.noTeams')}</span>}
        {project.teams.map((team) => {
          const count = cards.filter((c) => c.teamIds.includes(team.id)).length
          const all = count === cards.length
          return (
            <label key={team.id} className={`team-chip ${all ? 'is-on' : ''}`} style={{ '--team': team.color } as CSSProperties}>
              <input
                type="checkbox"
                checked={all}
                ref={(el) => {
                  if (el) el.indeterminate = count > 0 && !all
                }}
                onChange={() => toggle(team.id, !all)}
              />
              <span className="team-dot" aria-hidden="true" />
              <span dir="auto">{team.name}</span>
            </label>
          )
        })}
      </div>
      {adding ? (
        <InlineAdd
          label={t('panel.newTeamName')}
          onAdd={(name) => {
            const existing = findByName(project.teams, name)
            if (existing) {
              if (!cards.every((c) => c.teamIds.includes(existing.id))) toggle(existing.id, true)
              return
            }
            const add = addTeam({ name, color: nextColor })
            const teamId = add.createdIds[0]!
            apply(batch(add, perCard(mapId, cards, (c) => ({ teamIds: [...c.teamIds, teamId] }))), t('panel.undo.addTeam'))
          }}
          onClose={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="add-button" onClick={() => setAdding(true)}>
          {t('panel.addTeam')}
        </button>
      )}
    </fieldset>
  )
}

function EvidenceField({ mapId, cards }: { mapId: string; cards: Card[] }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const sourceId = useId()
  const noteId = useId()
  const source = common(cards, (c) => c.evidence?.source ?? '')
  const note = common(cards, (c) => c.evidence?.note ?? '')
  const allHaveEvidence = cards.every((c) => c.evidence)
  const label = t('panel.undo.evidence')
  return (
    <fieldset className="field">
      <legend className="field-label">{t('panel.evidence')}</legend>
      <div className="evidence-grid">
        <label className="sub-label" htmlFor={sourceId}>
          {t('panel.evidenceSource')}
        </label>
        <select
          id={sourceId}
          data-testid="evidence-source"
          value={source === MIXED ? MIXED_VALUE : source}
          onChange={(e) => {
            const value = e.target.value
            if (value === MIXED_VALUE) return
            if (!value) apply(setCardFields(mapId, cards.map((c) => c.id), { evidence: null }), label)
            else {
              const picked = EvidenceSource.parse(value)
              apply(perCard(mapId, cards, (c) => ({ evidence: { source: picked, note: c.evidence?.note ?? '' } })), label)
            }
          }}
        >
          {source === MIXED && (
            <option value={MIXED_VALUE} disabled>
              {t('panel.mixed')}
            </option>
          )}
          <option value="">{t('panel.none')}</option>
          {EvidenceSource.options.map((s) => (
            <option key={s} value={s}>
              {t(`panel.sources.${s}`)}
            </option>
          ))}
        </select>
        <label className="sub-label" htmlFor={noteId}>
          {t('panel.evidenceNote')}
        </label>
        <CommitInput
          id={noteId}
          data-testid="evidence-note"
          disabled={!allHaveEvidence}
          value={note === MIXED ? '' : note}
          placeholder={note === MIXED ? t('panel.mixed') : t('panel.evidenceNotePlaceholder')}
          onCommit={(text) =>
            apply(
              perCard(mapId, cards, (c) => (c.evidence ? { evidence: { source: c.evidence.source, note: text } } : {})),
              label,
              `evidence-note:${cards.map((c) => c.id).join(',')}`,
            )
          }
        />
      </div>
    </fieldset>
  )
}

function EmotionField({ cards, onPick }: { cards: Card[]; onPick(score: number | null): void }) {
  const { t } = useTranslation()
  const labelId = useId()
  const current = common(cards, (c) => c.emotionScore ?? null)
  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <div className="field-head">
        <span className="field-label" id={labelId}>
          {t('panel.emotion')} <MixedBadge shown={current === MIXED} />
        </span>
        <button
          type="button"
          className="link-button"
          disabled={current === null}
          aria-label={t('panel.clearEmotion')}
          title={t('panel.clearEmotion')}
          onClick={() => onPick(null)}
        >
          {t('panel.clear')}
        </button>
      </div>
      <div className="faces">
        {EMOTION_SCORES.map((score) => (
          <button
            key={score}
            type="button"
            className="face"
            data-score={score}
            aria-pressed={current === score}
            aria-label={t(`panel.emotions.${score}`)}
            title={t(`panel.emotions.${score}`)}
            onClick={() => onPick(score)}
          >
            <Face score={score} />
          </button>
        ))}
      </div>
    </div>
  )
}

function VotesField({ mapId, cards }: { mapId: string; cards: Card[] }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const format = useFormatNumber()
  const votes = common(cards, (c) => c.votes)
  const counts = cards.map((c) => c.votes)
  const vote = (delta: number) => apply(batch(...cards.map((c) => addVotes(mapId, c.id, delta))), t('panel.undo.votes'))
  return (
    <fieldset className="field">
      <legend className="field-label">
        {t('panel.votes')} <MixedBadge shown={votes === MIXED} />
      </legend>
      <div className="stepper">
        <button type="button" aria-label={t('panel.voteLess')} title={t('panel.voteLess')} disabled={cards.every((c) => c.votes === 0)} onClick={() => vote(-1)}>
          −
        </button>
        <output className="stepper-value" data-testid="votes" aria-live="polite" title={votes === MIXED ? t('panel.votesMixed') : undefined}>
          {votes === MIXED ? `${format(Math.min(...counts))}–${format(Math.max(...counts))}` : format(votes)}
        </output>
        <button type="button" aria-label={t('panel.voteMore')} title={t('panel.voteMore')} onClick={() => vote(1)}>
          +
        </button>
      </div>
    </fieldset>
  )
}

function TagsField({ mapId, cards }: { mapId: string; cards: Card[] }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const inputId = useId()
  const [text, setText] = useState('')
  const tags: string[] = []
  for (const c of cards) for (const tag of c.tags) if (!tags.includes(tag)) tags.push(tag)
  const label = t('panel.undo.tags')
  const add = () => {
    const tag = text.trim()
    if (!tag) return
    apply(perCard(mapId, cards, (c) => ({ tags: [...c.tags, tag] })), label)
    setText('')
  }
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {t('panel.tags')}
      </label>
      {tags.length > 0 && (
        <ul className="chips tag-list" aria-label={t('panel.tags')}>
          {tags.map((tag) => {
            const partial = !cards.every((c) => c.tags.includes(tag))
            return (
              <li key={tag} className={`tag-chip ${partial ? 'is-partial' : ''}`} title={partial ? t('panel.partialTag') : undefined}>
                <span dir="auto">{tag}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={t('panel.removeTag', { tag })}
                  onClick={() => apply(perCard(mapId, cards, (c) => ({ tags: c.tags.filter((x) => x !== tag) })), label)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <input
        id={inputId}
        data-testid="tag-input"
        placeholder={t('panel.addTagPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault()
            add()
          }
        }}
      />
    </div>
  )
}

// Map summary -------------------------------------------------------------------

function MapSummary({ project, map }: { project: Project; map: JourneyMap }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const format = useFormatNumber()
  const nameId = useId()
  const typeId = useId()
  const personaId = useId()
  const [addingPersona, setAddingPersona] = useState(false)
  return (
    <div className="inspector-body" data-testid="map-summary">
      <header className="inspector-head">
        <h2>{t('panel.mapHeading')}</h2>
        <p className="muted map-stats">
          {t('panel.mapStats', { stages: format(map.stages.length), lanes: format(map.lanes.length), cards: format(map.cards.length) })}
        </p>
      </header>
      <Field label={t('panel.mapName')} htmlFor={nameId}>
        <CommitInput
          id={nameId}
          required
          value={map.name}
          placeholder={t('panel.untitledMap')}
          onCommit={(name) => apply(renameMap(map.id, name), t('panel.undo.renameMap'), `map-name:${map.id}`)}
        />
      </Field>
      <Field label={t('panel.mapType')} htmlFor={typeId}>
        <select id={typeId} value={map.type} onChange={(e) => apply(setMapType(map.id, MapType.parse(e.target.value)), t('panel.undo.mapType'))}>
          {MapType.options.map((type) => (
            <option key={type} value={type}>
              {t(`mapTypes.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('panel.persona')} htmlFor={personaId}>
        {addingPersona ? (
          <InlineAdd
            label={t('panel.newPersonaName')}
            onAdd={(name) => {
              const add = addPersona({ name })
              apply(batch(add, setMapPersona(map.id, add.createdIds[0]!)), t('panel.undo.addPersona'))
            }}
            onClose={() => setAddingPersona(false)}
          />
        ) : (
          <select
            id={personaId}
            value={map.personaId ?? ''}
            onChange={(e) => {
              if (e.target.value === ADD) setAddingPersona(true)
              else apply(setMapPersona(map.id, e.target.value || null), t('panel.undo.persona'))
            }}
          >
            <option value="">{t('panel.noPersona')}</option>
            {project.personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={ADD}>{t('panel.addPersona')}</option>
          </select>
        )}
      </Field>
      <p className="muted select-hint">{t('panel.selectHint')}</p>
      <TeamsPanel />
    </div>
  )
}
