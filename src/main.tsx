import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, makeQueryClient, prefetchFirstView } from './app.tsx'
import './styles/app.css'
import './styles/prerender.css'

const root = document.getElementById('root')
if (root) {
  const client = makeQueryClient()
  prefetchFirstView(client, new URLSearchParams(location.search))
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  )
}
