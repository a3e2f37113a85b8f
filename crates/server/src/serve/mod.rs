//! How connections reach the router. Every connection goes to hyper through `axum::serve` (HTTP/1
//! and HTTP/2, keep-alive, graceful shutdown), except those that open a notice stream
//! (`GET /api/v1/notices/stream`, `GET /api/v1/account/notices/stream`): those take the lean
//! HTTP/1 path of [`event_stream`].
//!
//! Why two paths: hyper keeps an 8 KiB read buffer and an 8 KiB write buffer for a connection's
//! whole life, sizes it does not let us change, and a city holds tens of thousands of notice
//! streams that sit idle for hours (issue 13: ≤ 16 KiB of server memory each). A stream's
//! connection carries one request and then only the response's body, so it needs neither.
//!
//! Which path a connection takes is decided from its first bytes, read with `peek` (they stay in
//! the socket), so hyper gets the connection exactly as the client sent it. Both paths call the
//! same router, so every layer (security headers, authorization, rate limits, tracing) applies
//! to a stream as to any request.

mod event_stream;
mod first_line;

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::serve::ListenerExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};

use first_line::Path;

/// Serves `router` on `listener` until `shutdown` completes, then stops accepting, lets hyper's
/// requests in flight finish and returns. Open notice streams are not waited for: they end when
/// their bodies end (the caller's `shutdown` closes the fan-out), each on its own task.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let local_addr = listener.local_addr()?;
    let (to_hyper, from_acceptor) = mpsc::channel(256);
    let (stop, stopped) = watch::channel(false);
    let acceptor = tokio::spawn(accept(listener, router.clone(), to_hyper, stopped));
    let shutdown = async move {
        shutdown.await;
        let _ = stop.send(true);
    };
    let hyper_side = ForHyper {
        connections: from_acceptor,
        local_addr,
    }
    // `tap_io` only so that axum's `ConnectInfo<SocketAddr>` applies to this listener.
    .tap_io(|_| {});
    let served = axum::serve(
        hyper_side,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    acceptor.abort();
    served
}

/// Accepts every connection and gives it its path, one task each, so that a client slow to send
/// its request line holds up no one else.
async fn accept(
    listener: TcpListener,
    router: Router,
    to_hyper: mpsc::Sender<(TcpStream, SocketAddr)>,
    mut stopped: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.wait_for(|stop| *stop) => return,
        };
        let (stream, peer) = match accepted {
            Ok(connection) => connection,
            // The peer gave up before we took it: nothing to do.
            Err(error) if is_connection_error(&error) => continue,
            // Out of file descriptors and the like: as axum does, wait and try again rather
            // than spin or stop serving.
            Err(error) => {
                tracing::error!(%error, "accepting a connection failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        let router = router.clone();
        let to_hyper = to_hyper.clone();
        tokio::spawn(async move {
            match first_line::path_of(&stream).await {
                Path::EventStream => event_stream::serve(stream, peer, router).await,
                // If the server is stopping, nobody takes it: the connection just closes.
                Path::Hyper => drop(to_hyper.send((stream, peer)).await),
            }
        });
    }
}

fn is_connection_error(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused | io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
    )
}

/// The connections for hyper, as an axum listener.
struct ForHyper {
    connections: mpsc::Receiver<(TcpStream, SocketAddr)>,
    local_addr: SocketAddr,
}

impl axum::serve::Listener for ForHyper {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        match self.connections.recv().await {
            Some(connection) => connection,
            // The acceptor has stopped (shutdown): no more connections, and axum's graceful
            // shutdown is what ends the wait.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local_addr)
    }
}
