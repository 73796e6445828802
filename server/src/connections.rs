//! The accept loop: a deadline for each request's head (which also ends idle keep-alive
//! connections), a limit on open connections below the process's file limit that makes room
//! by closing the oldest idle connection, and a graceful stop on SIGTERM.
//!
//! `axum::serve` has neither timeouts nor a limit: a flood of idle or slow-header
//! connections used every file descriptor ("Too many open files") and normal requests
//! failed. Hence this loop over hyper's HTTP/1 connection, as in axum's `serve-with-hyper`
//! example.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::middleware::AddExtension;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
use tower::{Service, ServiceExt};

/// File descriptors kept for everything but connections: the database's files and pools,
/// the log, the process's own.
const RESERVED_FILES: u64 = 256;

/// How the server treats connections.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Connections open at once; at the limit, a new one closes the oldest idle one.
    pub max_connections: usize,
    /// Time a client has to send a request's whole head, counted from when the connection
    /// opens or from the end of the previous answer: it ends slow-header connections and
    /// idle keep-alive ones alike (hyper starts this timer whenever it waits for a head).
    pub header_timeout: Duration,
}

/// The connection limit when none is given: half of the file descriptors left after
/// [`RESERVED_FILES`], so that each connection may also hold a file it serves. The soft
/// file limit is first raised to the hard one, as Go's runtime does at start.
pub fn default_max_connections() -> usize {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if let (Some(soft), Some(hard)) = (limit.current, limit.maximum)
        && hard > soft
    {
        let raised = rustix::process::Rlimit {
            current: Some(hard),
            maximum: Some(hard),
        };
        if let Err(err) = setrlimit(Resource::Nofile, raised) {
            tracing::warn!(%err, "cannot raise the open-file limit from {soft} to {hard}");
        }
    }
    let files = getrlimit(Resource::Nofile).current.unwrap_or(1 << 20);
    let connections = files.saturating_sub(RESERVED_FILES) / 2;
    usize::try_from(connections.max(16)).unwrap_or(usize::MAX)
}

/// How long after its last answer a connection may be closed to make room: by then hyper
/// has written that answer out, unless the client does not read it.
const ANSWER_FLUSHED: Duration = Duration::from_secs(1);

/// One open connection, as the accept loop sees it.
struct Slot {
    /// When the accept loop started: the clock of `answered_at`.
    origin: Instant,
    /// Requests being answered, from their arrival to the end of their answer's body.
    busy: AtomicUsize,
    /// When the last answer's body ended, in milliseconds from `origin` (0: none yet).
    answered_at: AtomicU64,
    /// Set once the accept loop has asked this connection to make room.
    evicted: AtomicBool,
    evict: Notify,
}

impl Slot {
    fn new(origin: Instant) -> Self {
        Self {
            origin,
            busy: AtomicUsize::new(0),
            answered_at: AtomicU64::new(0),
            evicted: AtomicBool::new(false),
            evict: Notify::new(),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Not answering a request, and its last answer is out.
    fn idle(&self) -> bool {
        let flushed = u64::try_from(ANSWER_FLUSHED.as_millis()).unwrap_or(u64::MAX);
        let answered_at = self.answered_at.load(Ordering::SeqCst);
        self.busy.load(Ordering::SeqCst) == 0
            && (answered_at == 0 || self.now().saturating_sub(answered_at) >= flushed)
    }
}

/// Counts a request as being answered for as long as it lives.
struct Busy(Arc<Slot>);

impl Busy {
    fn new(slot: Arc<Slot>) -> Self {
        slot.busy.fetch_add(1, Ordering::SeqCst);
        Self(slot)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0
            .answered_at
            .store(self.0.now().max(1), Ordering::SeqCst);
        self.0.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The open connections, oldest first.
#[derive(Default)]
struct Open {
    slots: Mutex<BTreeMap<u64, Arc<Slot>>>,
}

impl Open {
    fn insert(&self, id: u64, slot: Arc<Slot>) {
        if let Ok(mut slots) = self.slots.lock() {
            slots.insert(id, slot);
        }
    }

    fn remove(&self, id: u64) {
        if let Ok(mut slots) = self.slots.lock() {
            slots.remove(&id);
        }
    }

    /// Asks the oldest [idle](Slot::idle) connection to close. Returns false when there is
    /// none.
    fn evict_oldest_idle(&self) -> bool {
        let Ok(slots) = self.slots.lock() else {
            return false;
        };
        let victim = slots
            .values()
            .find(|slot| slot.idle() && !slot.evicted.load(Ordering::SeqCst));
        match victim {
            Some(slot) => {
                slot.evicted.store(true, Ordering::SeqCst);
                slot.evict.notify_one();
                true
            }
            None => false,
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in
/// flight finish. Handlers see the peer's address as `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    // At least one, and few enough for a semaphore and `acquire_many`.
    let max_connections = limits
        .max_connections
        .clamp(1, usize::try_from(u32::MAX).unwrap_or(usize::MAX));
    let permits = Arc::new(Semaphore::new(max_connections));
    let open = Arc::new(Open::default());
    let (stop, stopping) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    let mut next_id = 0_u64;
    let origin = Instant::now();
    let mut make_service = router.into_make_service_with_connect_info::<SocketAddr>();
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors despite the limit, or a connection reset
                    // before it was taken: wait a little rather than spin.
                    tracing::warn!(%err, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let permit = match permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if !open.evict_oldest_idle() {
                    tracing::warn!(
                        "{max_connections} connections are all answering requests: a new one waits"
                    );
                }
                tokio::select! {
                    permit = permits.clone().acquire_owned() => match permit {
                        Ok(permit) => permit,
                        Err(_) => break,
                    },
                    () = &mut shutdown => break,
                }
            }
        };
        next_id += 1;
        let connection = Connection {
            id: next_id,
            slot: Arc::new(Slot::new(origin)),
            open: open.clone(),
            _permit: permit,
        };
        let Ok(service) = make_service.call(peer).await;
        tokio::spawn(connection.run(stream, service, http.clone(), stopping.clone()));
    }
    drop(listener);
    tracing::info!("shutting down: finishing requests in flight");
    let _ = stop.send(true);
    // Every connection holds a permit until it ends.
    let all = u32::try_from(max_connections).unwrap_or(u32::MAX);
    let _ = permits.acquire_many(all).await;
}

struct Connection {
    id: u64,
    slot: Arc<Slot>,
    open: Arc<Open>,
    _permit: OwnedSemaphorePermit,
}

impl Connection {
    async fn run(
        self,
        stream: TcpStream,
        service: AddExtension<Router, ConnectInfo<SocketAddr>>,
        http: hyper::server::conn::http1::Builder,
        mut stopping: watch::Receiver<bool>,
    ) {
        self.open.insert(self.id, self.slot.clone());
        let slot = self.slot.clone();
        let hyper_service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            let busy = Busy::new(slot.clone());
            let answer = service.clone().oneshot(request.map(Body::new));
            async move {
                let Ok(response) = answer.await;
                // The request stays busy until its answer's body has been sent.
                Ok::<_, Infallible>(response.map(move |body| {
                    Body::new(body.map_frame(move |frame| {
                        let _sending = &busy;
                        frame
                    }))
                }))
            }
        });
        let connection = http.serve_connection(TokioIo::new(stream), hyper_service);
        let mut connection = std::pin::pin!(connection);
        let mut closing = false;
        loop {
            tokio::select! {
                result = connection.as_mut() => {
                    if let Err(err) = result {
                        tracing::debug!(%err, "connection ended");
                    }
                    break;
                }
                () = self.slot.evict.notified() => {
                    if self.slot.idle() {
                        break; // nothing is asked of it or owed to it: drop it
                    }
                    connection.as_mut().graceful_shutdown();
                }
                _ = stopping.wait_for(|stop| *stop), if !closing => {
                    closing = true;
                    connection.as_mut().graceful_shutdown();
                }
            }
        }
        self.open.remove(self.id);
    }
}
