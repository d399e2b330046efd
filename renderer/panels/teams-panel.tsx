/**
 * The project's responsible teams: add (name + a colour of the palette),
 * rename, recolour, delete (asking first when notes use the team).
 */
import { useId, useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { addTeam, deleteTeam, recolorTeam, renameTeam, TEAM_PALETTE, teamUsage } from '../../shared/commands'
import type { Team } from '../../shared/model'
import { useDocument } from '../store/document-store'
import { confirmDialog } from '../services/confirm'
import { CommitInput } from './controls'

export function TeamsPanel() {
  const { t } = useTranslation()
  const teams = useDocument((s) => s.project?.teams)
  const apply = useDocument((s) => s.apply)
  const [name, setName] = useState('')
  const used = new Set((teams ?? []).map((tm) => tm.color.toLowerCase()))
  const suggested = TEAM_PALETTE.find((c) => !used.has(c)) ?? TEAM_PALETTE[(teams?.length ?? 0) % TEAM_PALETTE.length]!
  const [picked, setPicked] = useState<string | null>(null)
  const color = picked ?? suggested
  if (!teams) return null
  const add = () => {
    const trimmed = name.trim()
    if (!trimmed) return
    apply(addTeam({ name: trimmed, color }), t('panel.undo.addTeam'))
    setName('')
    setPicked(null)
  }
  return (
    <section className="teams-panel" aria-labelledby="teams-panel-title" data-testid="teams-panel">
      <h3 id="teams-panel-title">{t('panel.teamsHeading')}</h3>
      {teams.length === 0 && <p className="muted">{t('panel.noTeams')}</p>}
      <ul className="team-list">
        {teams.map((team) => (
          <TeamRow key={team.id} team={team} />
        ))}
      </ul>
      <div className="team-add">
        <Palette label={t('panel.teamColor', { name: name.trim() || t('panel.newTeamName') })} value={color} onPick={setPicked} />
        <div className="team-add-row">
          <input
            aria-label={t('panel.newTeamName')}
            placeholder={t('panel.newTeamName')}
            data-testid="new-team-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                e.preventDefault()
                add()
              }
            }}
          />
          <button type="button" className="primary" disabled={!name.trim()} onClick={add}>
            {t('panel.add')}
          </button>
        </div>
      </div>
    </section>
  )
}

function TeamRow({ team }: { team: Team }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const [recolouring, setRecolouring] = useState(false)
  const remove = async () => {
    const project = useDocument.getState().project
    const count = project ? teamUsage(project, team.id) : 0
    if (count > 0) {
      const ok = await confirmDialog({
        title: t('panel.deleteTeamTitle', { name: team.name }),
        message: t('panel.deleteTeamMessage', { count }),
        confirmLabel: t('panel.delete'),
        danger: true,
      })
      if (!ok) return
    }
    apply(deleteTeam(team.id), t('panel.undo.deleteTeam'))
  }
  return (
    <li className="team-row" data-team={team.id} style={{ '--team': team.color } as CSSProperties}>
      <div className="team-row-main">
        <button
          type="button"
          className="team-color"
          aria-label={t('panel.changeTeamColor', { name: team.name })}
          title={t('panel.changeTeamColor', { name: team.name })}
          aria-expanded={recolouring}
          onClick={() => setRecolouring((v) => !v)}
        />
        <CommitInput
          required
          aria-label={t('panel.teamName')}
          value={team.name}
          onCommit={(name) => apply(renameTeam(team.id, name), t('panel.undo.renameTeam'), `team-name:${team.id}`)}
        />
        <button
          type="button"
          className="quiet icon-button"
          aria-label={t('panel.deleteTeam', { name: team.name })}
          title={t('panel.deleteTeam', { name: team.name })}
          onClick={() => void remove()}
        >
          ×
        </button>
      </div>
      {recolouring && (
        <Palette
          label={t('panel.teamColor', { name: team.name })}
          value={team.color}
          onPick={(color) => {
            apply(recolorTeam(team.id, color), t('panel.undo.recolorTeam'))
            setRecolouring(false)
          }}
        />
      )}
    </li>
  )
}

/** Names of TEAM_PALETTE's colours, in order (accessible names of the swatches). */
const PALETTE_NAMES = ['blue', 'teal', 'red', 'violet', 'orange', 'magenta', 'indigo', 'green'] as const

/** The 8 team colours as a radio group (arrow keys move, like any radio group). */
function Palette({ label, value, onPick }: { label: string; value: string; onPick(color: string): void }) {
  const { t } = useTranslation()
  const group = useId()
  return (
    <div className="palette" role="radiogroup" aria-label={label}>
      {TEAM_PALETTE.map((color, i) => (
        <label key={color} className="palette-swatch" style={{ '--team': color } as CSSProperties} title={t(`panel.teamColors.${PALETTE_NAMES[i] ?? 'other'}`)}>
          <input
            type="radio"
            name={group}
            value={color}
            checked={value.toLowerCase() === color}
            aria-label={t(`panel.teamColors.${PALETTE_NAMES[i] ?? 'other'}`)}
            onChange={() => onPick(color)}
          />
        </label>
      ))}
    </div>
  )
}
